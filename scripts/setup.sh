#!/bin/sh
# Installs what building and booting unijs needs, on Debian, and fetches the
# third-party sources (Debian source packages) into build/src.
# Idempotent: does nothing that is already done. Run by the Makefile.
set -eu
cd "$(dirname "$0")/.."

SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo

PKGS="gcc make binutils patch qemu-system-x86 qemu-utils grub-pc-bin grub-common xorriso mtools dpkg-dev curl nodejs"
# npm installs the build-time compiler (tools/); Debian ships it apart
command -v npm >/dev/null 2>&1 || PKGS="$PKGS npm"
missing=
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done

SRCLIST=/etc/apt/sources.list.d/unijs-src.sources
need_update=
if ! grep -rqs '^Types:.*deb-src\|^deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/; then
	codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
	echo "setup: enabling deb-src in $SRCLIST"
	$SUDO tee "$SRCLIST" >/dev/null <<EOS
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: $codename $codename-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOS
	need_update=1
fi
if [ -n "$missing" ] || [ -n "$need_update" ]; then
	echo "setup: apt-get install$missing"
	$SUDO apt-get update -qq
	[ -z "$missing" ] || DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

# name=version of each source package; unpacked as build/src/<dir>, with
# the project's patches/<pkg>/*.patch applied (each says why it exists).
# A change to the patches unpacks the package afresh.
mkdir -p build/src
fetch() {
	pkg=$1 ver=$2 dir=$3
	stamp=$(cat patches/"$pkg"/*.patch 2>/dev/null | sha256sum | cut -c1-16)
	if [ -d "build/src/$dir" ] && [ "$(cat "build/src/$dir/.unijs-patches" 2>/dev/null)" = "$stamp" ]; then
		return 0
	fi
	rm -rf "build/src/$dir"
	echo "setup: apt-get source $pkg=$ver"
	tmp=$(mktemp -d build/src/.fetch.XXXXXX)
	(cd "$tmp" && apt-get source -qq "$pkg=$ver" >/dev/null 2>&1) ||
		(cd "$tmp" && $SUDO apt-get update -qq && apt-get source -qq "$pkg=$ver" >/dev/null)
	for p in patches/"$pkg"/*.patch; do
		[ -e "$p" ] || continue
		echo "setup: patch $p"
		patch -s -p1 -d "$tmp/$dir" <"$p"
	done
	echo "$stamp" >"$tmp/$dir/.unijs-patches"
	mv "$tmp/$dir" "build/src/$dir"
	rm -rf "$tmp"
}
fetch mujs 1.3.2-1 mujs-1.3.2
fetch musl 1.2.3-1 musl-1.2.3
fetch lwip 2.1.3+dfsg1-2 lwip-2.1.3+dfsg1
fetch http-parser 2.9.4-5 http-parser-2.9.4
fetch mbedtls 2.28.3-1 mbedtls-2.28.3
fetch zlib 1:1.2.13.dfsg-1 zlib-1.2.13.dfsg

# The Unicode Character Database (a binary package: data, no source to
# build), for the regular-expression property tables \p{...}
# (scripts/gen-uniprops.js): build/src/unicode-data-<ver>/usr/share/unicode
fetch_deb() {
	pkg=$1 ver=$2 dir=$3
	[ -f "build/src/$dir/.done" ] && return 0
	rm -rf "build/src/$dir"
	echo "setup: apt-get download $pkg=$ver"
	tmp=$(mktemp -d build/src/.fetch.XXXXXX)
	(cd "$tmp" && apt-get download -qq "$pkg=$ver" >/dev/null 2>&1) ||
		(cd "$tmp" && $SUDO apt-get update -qq && apt-get download -qq "$pkg=$ver" >/dev/null)
	dpkg-deb -x "$tmp"/*.deb "$tmp/$dir"
	touch "$tmp/$dir/.done"
	mv "$tmp/$dir" "build/src/$dir"
	rm -rf "$tmp"
}
fetch_deb unicode-data 15.0.0-1 unicode-data-15.0.0

# The build-time compiler for modern syntax (scripts/lower.js), pinned by
# tools/package-lock.json, installed into build/tools/node_modules.
if ! cmp -s tools/package-lock.json build/tools/package-lock.json || [ ! -d build/tools/node_modules ]; then
	echo "setup: npm ci (tools/package-lock.json)"
	mkdir -p build/tools
	cp tools/package.json tools/package-lock.json build/tools/
	(cd build/tools && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null) ||
		{ rm -f build/tools/package-lock.json; exit 1; }
fi
touch build/src/.done
