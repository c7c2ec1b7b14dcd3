#!/usr/bin/env python3
"""Host side of the stream checks in tests/net/js-http.sh, against the
stream-app image (HTTP on PORT on 127.0.0.1). Prints "ok - NAME" /
"not ok - NAME" lines; standard library only. The first check must be the
first request of the boot (nothing has loaded Buffer yet)."""
import http.client, json, socket, sys, threading, time

H = '127.0.0.1'

port = int(sys.argv[1])


def report(name, ok, why=''):
    print(('ok - ' if ok else 'not ok - ') + name, flush=True)
    if not ok and why:
        print('#   ' + str(why)[:300], flush=True)


def check(name, fn):
    try:
        r = fn()
        report(name, r is True, r)
    except Exception as e:  # noqa: BLE001 (a test reports every failure)
        report(name, False, repr(e))


def post(path, body, headers=None):
    c = http.client.HTTPConnection(H, port, timeout=120)
    c.request('POST', path, body=body, headers=headers or {})
    r = c.getresponse()
    return r.status, r.read()


def t_enc_first():
    st, b = post('/enc', 'h\u00e9llo \u20ac'.encode())
    return True if st == 200 and b == 'string:h\u00e9llo \u20ac'.encode() else (st, b)


def t_raw():
    st, b = post('/raw', b'abc')
    return True if st == 200 and b == b'<Buffer 61 62 63>' else (st, b)


check('js-stream: setEncoding on the first request body of the boot', t_enc_first)
check('js-stream: a body chunk is a Buffer', t_raw)


def get(path):
    c = http.client.HTTPConnection(H, port, timeout=120)
    c.request('GET', path)
    r = c.getresponse()
    return r.status, r.read()


def t_upper():
    body = bytes(range(97, 123)) * 40000  # about 1 MB
    st, b = post('/upper', body)
    return True if st == 200 and b == body.upper() else (st, len(b))


# An unread 20 MB body: the guest must stop reading (the socket paused,
# TCP window closed), not buffer it. Stalled = the guest's bytesRead for the
# held request stays the same over 3 polls a second apart; the verdict is
# the heap then (and that the whole body still arrives once it is read).
def t_unread_body():
    total = 20 * 1024 * 1024
    base = json.loads(get('/mem')[1])['heapUsed']
    s = socket.create_connection((H, port), timeout=300)
    s.sendall(b'POST /hold HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n' % total)
    err = []

    def send():
        try:
            chunk = b'z' * 65536
            for _ in range(total // 65536):
                s.sendall(chunk)
        except Exception as e:  # noqa: BLE001
            err.append(e)
    th = threading.Thread(target=send, daemon=True)
    th.start()
    last, same, m = -1, 0, None
    for _ in range(600):
        time.sleep(1)
        m = json.loads(get('/mem')[1])
        if m['bytesRead'] >= total:
            return 'the guest read the whole unread body: %r' % m
        same = same + 1 if m['bytesRead'] == last else 0
        last = m['bytesRead']
        if same >= 3 and last > 0:
            break
    else:
        return 'never stalled: %r' % m
    grew = m['heapUsed'] - base
    if grew > 8 * 1024 * 1024:
        return 'heap grew by %d bytes while %d were held back' % (grew, total - last)
    if get('/release')[0] != 200:
        return 'release failed'
    th.join(300)
    if err:
        return repr(err[0])
    resp = b''
    while not resp.endswith(b'\r\n\r\n' + str(total).encode()):
        d = s.recv(65536)
        if not d:
            break
        resp += d
    s.close()
    return True if resp.endswith(str(total).encode()) else resp[-200:]


check('js-stream: a request body through a Transform to the response (pipeline)', t_upper)
check('js-stream: an unread 20 MB body is held back, not buffered (heap bounded)', t_unread_body)
