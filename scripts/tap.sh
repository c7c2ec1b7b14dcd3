#!/bin/sh
# tap.sh: a host tap device for a guest's NIC (scripts/run.sh --tap), as
# the benches and tests/net make and remove them.
#
#   scripts/tap.sh up NAME HOST_ADDRESS/PREFIX   make NAME, give the host
#                                                that address, bring it up
#   scripts/tap.sh down NAME                     remove NAME
#
# up needs root, /dev/net/tun and ip(8); without them, or when a step
# fails, it says why on stderr, leaves nothing behind and exits 1.
set -u
case ${1:-} in
up)
	[ $# = 3 ] || { echo "tap.sh: up NAME HOST_ADDRESS/PREFIX" >&2; exit 2; }
	command -v ip >/dev/null 2>&1 && [ -c /dev/net/tun ] && [ "$(id -u)" = 0 ] ||
		{ echo "tap.sh: a tap device needs root, /dev/net/tun and ip(8)" >&2; exit 1; }
	if ! { ip tuntap add dev "$2" mode tap && ip addr add "$3" dev "$2" && ip link set "$2" up; }; then
		ip link del "$2" 2>/dev/null
		exit 1
	fi ;;
down)
	[ $# = 2 ] || { echo "tap.sh: down NAME" >&2; exit 2; }
	ip link del "$2" 2>/dev/null ;;
*) echo "tap.sh: up NAME HOST_ADDRESS/PREFIX | down NAME" >&2; exit 2 ;;
esac
