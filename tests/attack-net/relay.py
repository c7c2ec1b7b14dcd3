"""A lossy, reordering wire between a tap device and the guest (netem in
user space: this machine's kernel has no sch_netem). Frames from the tap
(the namespace's kernel TCP) go to QEMU's `-netdev socket,udp=` port and
back; each frame, either way, is dropped with probability LOSS, or held
back and sent after the next one with probability REORDER (a seeded
generator: the same run drops the same frames).

  python3 relay.py TAP LPORT QPORT LOSS REORDER SEED

Runs until stdin closes or it is killed. Prints its counts at the end.
"""
import fcntl, os, random, select, signal, socket, struct, sys

tap, lport, qport = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
loss, reorder, rnd = float(sys.argv[4]), float(sys.argv[5]), random.Random(int(sys.argv[6]))

TUNSETIFF, IFF_TAP, IFF_NO_PI = 0x400454ca, 0x0002, 0x1000
t = os.open('/dev/net/tun', os.O_RDWR)
fcntl.ioctl(t, TUNSETIFF, struct.pack('16sH', tap.encode(), IFF_TAP | IFF_NO_PI))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 << 20)
u.bind(('127.0.0.1', lport))
dst = ('127.0.0.1', qport)
held = {'tap': None, 'guest': None}
n = {'frames': 0, 'dropped': 0, 'reordered': 0}


def out(way, f):
    if way == 'tap':
        u.sendto(f, dst)       # from the tap, towards the guest
    else:
        os.write(t, f)         # from the guest, towards the tap


def wire(way, f):
    n['frames'] += 1
    r = rnd.random()
    if r < loss:
        n['dropped'] += 1
        return
    if held[way] is None and r < loss + reorder:
        held[way] = f
        n['reordered'] += 1
        return
    out(way, f)
    if held[way] is not None:
        out(way, held[way])
        held[way] = None


signal.signal(signal.SIGTERM, lambda *a: sys.exit(0))
try:
    while True:
        r, _, _ = select.select([t, u, sys.stdin], [], [], 0.2)
        if sys.stdin in r and not sys.stdin.buffer.read1(4096):
            break
        if t in r:
            wire('tap', os.read(t, 65536))
        if u in r:
            wire('guest', u.recv(65536))
        if not r:  # a quiet wire lets a held frame go
            for way in held:
                if held[way] is not None:
                    out(way, held[way])
                    held[way] = None
finally:
    print('relay: %(frames)d frames, %(dropped)d dropped, %(reordered)d reordered' % n, file=sys.stderr)
