#!/usr/bin/env python3
"""Host side of the network tests (tests/net/run.sh). All traffic goes to
127.0.0.1, where QEMU's user networking forwards it to the guest, or to
the guest's own address on a tap device when NET_HOST names it (the
guest's ports are then its own: 7, 8, 9 and 80).

  client.py wait PORT SECONDS        until an echo round trip works
  client.py echo PORT BYTES [N]      N parallel connections (default 1) each
                                     send BYTES random bytes and must get them
                                     back intact (sha256); prints MB/s
  client.py reset PORT BYTES         send part of BYTES, then RST (abortive close)
  client.py connect PORT              through the control port, have the guest
                                     connect to a server here (100000 bytes
                                     expected), then to a closed port
                                     (ECONNREFUSED expected)
  client.py http PORT                the HTTP responder (port 80): three
                                     pipelined GETs in one write, then one
                                     sent a byte at a time, on one
                                     connection: four answers, each whole
  client.py quit PORT                connect to the quit port
"""
import hashlib, os, socket, struct, sys, threading, time

HOST = os.environ.get("NET_HOST", "127.0.0.1")
# The hang guard of a transfer's socket, as tests/lib.sh's guard(60): 60 s
# times UNIJS_TEST_SLACK, 300 s at the default slack of 5 (it was 60 s). A
# slow platform is not a hang: on a loaded host one connection of 16 may
# wait more than a minute for its turn (or for a SYN retransmission:
# libslirp listens with a backlog of 1). (The 60 s guard first failed
# under an interrupt storm, since fixed: docs/platform.md.)
GUARD = 60 * int(os.environ.get("UNIJS_TEST_SLACK", "5"))

def roundtrip(port, data, timeout=GUARD):
    s = socket.create_connection((HOST, port), timeout=timeout)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    err = []
    def send():
        try:
            s.sendall(data)
            s.shutdown(socket.SHUT_WR)
        except OSError as e:
            err.append(e)
    th = threading.Thread(target=send)
    th.start()
    got = bytearray()
    try:
        while True:
            b = s.recv(1 << 16)
            if not b:
                break
            got += b
    finally:
        th.join()
        s.close()
    if err:
        raise err[0]
    return bytes(got)

def main():
    cmd, port = sys.argv[1], int(sys.argv[2])
    if cmd == "wait":
        end = time.time() + float(sys.argv[3])
        while time.time() < end:
            try:
                if roundtrip(port, b"ping\n", timeout=2) == b"ping\n":
                    return 0
            except OSError:
                pass
            time.sleep(0.2)
        print("no echo within %s s" % sys.argv[3])
        return 1
    if cmd == "echo":
        size = int(sys.argv[3])
        n = int(sys.argv[4]) if len(sys.argv) > 4 else 1
        datas = [os.urandom(size) for _ in range(n)]
        bad = []
        def one(i):
            try:
                got = roundtrip(port, datas[i])
                if hashlib.sha256(got).digest() != hashlib.sha256(datas[i]).digest():
                    bad.append("connection %d: %d bytes back of %d, sha256 differs" % (i, len(got), size))
            except OSError as e:
                bad.append("connection %d: %s" % (i, e))
        t0 = time.time()
        ths = [threading.Thread(target=one, args=(i,)) for i in range(n)]
        for t in ths:
            t.start()
            # QEMU's user networking listens with a backlog of 1 (libslirp's
            # tcp_listen): connections opened at the same instant overflow
            # the host's accept queue and wait for a SYN retransmission, or
            # get reset. Opened a little apart, they still overlap.
            if n > 1:
                time.sleep(0.03)
        for t in ths:
            t.join()
        dt = time.time() - t0
        if bad:
            print("; ".join(bad[:3]))
            return 1
        if n > 1:
            print("%d x %d bytes each way, %.3f s" % (n, size, dt))
        else:
            print("%.1f MB/s (%d bytes each way in %.3f s)" % (size / dt / 1e6, size, dt))
        return 0
    if cmd == "reset":
        size = int(sys.argv[3])
        s = socket.create_connection((HOST, port), timeout=60)
        s.sendall(os.urandom(size // 2))
        if not s.recv(1000):  # the echo has started
            print("the connection closed before any echo")
            return 1
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        s.close()     # RST, mid-transfer
        return 0
    if cmd == "connect":
        srv = socket.socket()
        srv.bind(("127.0.0.1", 0))
        srv.listen(4)
        srv.settimeout(30)
        ctl = socket.create_connection((HOST, port), timeout=30)
        f = ctl.makefile("rb")
        ctl.sendall(b"%d\n" % srv.getsockname()[1])
        line = f.readline().strip()
        if line != b"connect 0":
            print("guest said %r, want 'connect 0'" % line)
            return 1
        c, _ = srv.accept()
        c.settimeout(30)
        got = bytearray()
        while True:
            b = c.recv(65536)
            if not b:
                break
            got += b
        want = bytes(i % 251 for i in range(100000))
        if bytes(got) != want:
            print("got %d bytes from the guest, want the 100000-byte pattern" % len(got))
            return 1
        closed = socket.socket()
        closed.bind(("127.0.0.1", 0))
        cport = closed.getsockname()[1]
        closed.close()
        ctl.sendall(b"%d\n" % cport)
        line = f.readline().strip()
        if line != b"connect -111":
            print("guest said %r for a closed port, want 'connect -111' (ECONNREFUSED)" % line)
            return 1
        return 0
    if cmd == "http":
        req = b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"
        s = socket.create_connection((HOST, port), timeout=30)
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        s.sendall(req * 3)
        for ch in req:
            s.sendall(bytes([ch]))
            time.sleep(0.005)
        s.shutdown(socket.SHUT_WR)
        got = bytearray()
        while True:
            b = s.recv(1 << 16)
            if not b:
                break
            got += b
        s.close()
        answers = got.split(b"HTTP/1.1 200 OK\r\n")
        whole = [a for a in answers[1:] if a.endswith(b"Content-Length: 17\r\n\r\nHello from unijs\n")]
        if answers[0] or len(answers) != 5 or len(whole) != 4:
            print("want 4 whole answers, got %d bytes: %r" % (len(got), bytes(got[:200])))
            return 1
        return 0
    if cmd == "quit":
        s = socket.create_connection((HOST, port), timeout=10)
        s.recv(100)
        s.close()
        return 0
    return 2

sys.exit(main())
