#!/usr/bin/env python3
"""Host side of tests/net/js-http.sh: HTTP and TCP checks against the
js-app image (HTTP on PORT_HTTP, echo on PORT_ECHO, both on 127.0.0.1).
Prints "ok - NAME" / "not ok - NAME" lines; standard library only."""
import hashlib, http.client, json, os, socket, sys, threading, time

H = '127.0.0.1'
http_port, echo_port = int(sys.argv[1]), int(sys.argv[2])
results = []


def report(name, ok, why=''):
    results.append(ok)
    print(('ok - ' if ok else 'not ok - ') + name, flush=True)
    if not ok and why:
        print('#   ' + str(why)[:300], flush=True)


def check(name, fn):
    try:
        r = fn()
        report(name, r is True, r)
    except Exception as e:  # noqa: BLE001 (a test reports every failure)
        report(name, False, repr(e))


def conn():
    return http.client.HTTPConnection(H, http_port, timeout=60)


def raw(data, timeout=30):
    s = socket.create_connection((H, http_port), timeout=timeout)
    s.sendall(data)
    out = b''
    while True:
        d = s.recv(65536)
        if not d:
            break
        out += d
    s.close()
    return out


def t_get():
    c = conn()
    c.request('GET', '/')
    r = c.getresponse()
    b = r.read()
    return True if r.status == 200 and b == b'Hello from unijs\n' else (r.status, b)


def t_post():
    c = conn()
    c.request('POST', '/echo', body=b'hello body', headers={'Content-Type': 'text/plain'})
    r = c.getresponse()
    b = r.read()
    return True if r.status == 200 and b == b'hello body' else (r.status, b)


def t_big_request():
    data = os.urandom(1 << 20)
    c = conn()
    c.request('POST', '/echo', body=data)
    r = c.getresponse()
    b = r.read()
    ok = hashlib.sha256(b).hexdigest() == hashlib.sha256(data).hexdigest()
    return True if ok and r.status == 200 else (r.status, len(b))


def t_big_response():
    n = 1 << 20
    want = hashlib.sha256(bytes((i * 7) & 255 for i in range(n))).hexdigest()
    c = conn()
    c.request('GET', '/big?n=%d' % n)
    r = c.getresponse()
    b = r.read()
    return True if hashlib.sha256(b).hexdigest() == want and r.getheader('content-length') == str(n) else (r.status, len(b))


def t_keepalive():
    c = conn()
    for i in range(100):
        c.request('POST', '/echo', body=('req %d' % i).encode())
        r = c.getresponse()
        b = r.read()
        if r.status != 200 or b != ('req %d' % i).encode() or r.getheader('connection') != 'keep-alive':
            return ('request', i, r.status, b)
    # one TCP connection for all of them
    return True if c.sock is not None else 'connection was replaced'


def t_chunked():
    c = conn()
    c.request('GET', '/chunked')
    r = c.getresponse()
    b = r.read()
    want = b''.join(b'piece %d\n' % k for k in range(5)) + b'end\n'
    return True if r.getheader('transfer-encoding') == 'chunked' and b == want else (r.getheader('transfer-encoding'), b)


def connect_fast(port):
    # QEMU's user networking accepts forwarded connections on a listen
    # backlog of 1: while the guest is busy the host kernel drops further
    # SYNs, and each drop costs a 1 s (then 3 s, 7 s...) retransmission.
    # A fresh attempt after 200 ms skips the back-off.
    for _ in range(300):
        s = socket.socket()
        s.settimeout(0.2)
        try:
            s.connect((H, port))
            s.settimeout(60)
            return s
        except socket.timeout:
            s.close()
    raise OSError('cannot connect')


def t_concurrent():
    n, errors = 200, []
    socks = []
    for _ in range(n):
        socks.append(connect_fast(http_port))
    def one(s, i):
        try:
            s.sendall(('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n').encode())
            out = b''
            while True:
                d = s.recv(4096)
                if not d:
                    break
                out += d
            if not out.startswith(b'HTTP/1.1 200 OK') or not out.endswith(b'Hello from unijs\n'):
                errors.append((i, out[:60]))
        except Exception as e:  # noqa: BLE001
            errors.append((i, repr(e)))
        finally:
            s.close()
    ts = [threading.Thread(target=one, args=(s, i)) for i, s in enumerate(socks)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return True if not errors else errors[:3]


def t_malformed():
    out = raw(b'THIS IS NOT HTTP\r\n\r\n')
    return True if out.startswith(b'HTTP/1.1 400 Bad Request') else out[:80]


def t_oversized():
    out = raw(b'GET / HTTP/1.1\r\nHost: x\r\nX-Big: ' + b'a' * 20000 + b'\r\n\r\n')
    return True if out.startswith(b'HTTP/1.1 431 ') else out[:80]


def t_vanish():
    # a client that disappears mid-request: the service goes on, and its
    # connection is freed. The resets reach the guest in their own time
    # (slower under load): poll until only the asking connection is open.
    for _ in range(20):
        s = socket.create_connection((H, http_port), timeout=10)
        s.sendall(b'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\npartial')
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b'\x01\x00\x00\x00\x00\x00\x00\x00')
        s.close()
    st, end = None, time.time() + 300
    while time.time() < end:
        try:
            c = conn()
            c.request('GET', '/stats')
            r = c.getresponse()
            st = json.loads(r.read())
            c.close()
        except Exception as e:  # noqa: BLE001 (say which step failed)
            return 'GET /stats after the resets: %r' % e
        if r.status == 200 and st['open'] == 1:
            return True
        time.sleep(0.5)
    return 'still open after 300 s: %r' % st


def t_shed():
    # a connection the heap cannot take is shed (closed unanswered) and
    # the service goes on (js/lib/net.js _onConnection)
    c = conn()
    c.request('GET', '/arm-shed')
    r = c.getresponse()
    if r.read() != b'armed\n':
        return 'arming failed'
    c.close()
    try:
        out = raw(b'GET / HTTP/1.1\r\nHost: x\r\n\r\n')
    except ConnectionResetError:
        out = b''
    if out:
        return 'the shed connection was answered: %r' % out[:60]
    c = conn()
    c.request('GET', '/stats')
    r = c.getresponse()
    st = json.loads(r.read())
    c.close()
    if st.get('shed') != 1:
        return 'stats after the shed connection: %r' % st
    return t_get()


def t_echo():
    data = os.urandom(1 << 20)
    s = socket.create_connection((H, echo_port), timeout=60)
    got = []
    def reader():
        n = 0
        while n < len(data):
            d = s.recv(65536)
            if not d:
                break
            got.append(d)
            n += len(d)
    t = threading.Thread(target=reader)
    t.start()
    s.sendall(data)
    t.join(60)
    s.close()
    b = b''.join(got)
    return True if hashlib.sha256(b).digest() == hashlib.sha256(data).digest() else len(b)


for name, fn in [('js-http: GET', t_get), ('js-http: POST with a body', t_post),
                 ('js-http: 1 MB request body (sha256)', t_big_request),
                 ('js-http: 1 MB response body (sha256)', t_big_response),
                 ('js-http: keep-alive, 100 requests on one connection', t_keepalive),
                 ('js-http: chunked response', t_chunked),
                 ('js-http: 200 concurrent connections', t_concurrent),
                 ('js-http: malformed request gets 400', t_malformed),
                 ('js-http: oversized headers get 431', t_oversized),
                 ('js-http: clients vanishing mid-request are freed', t_vanish),
                 ('js-http: a connection the heap cannot take is shed, the service goes on', t_shed),
                 ('js-net: TCP echo of 1 MB random data (sha256)', t_echo)]:
    check(name, fn)
sys.exit(0 if all(results) else 1)
