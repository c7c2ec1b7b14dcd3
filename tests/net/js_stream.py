#!/usr/bin/env python3
"""Host side of the stream checks in tests/net/js-http.sh, against the
stream-app image (HTTP on PORT on 127.0.0.1). Prints "ok - NAME" /
"not ok - NAME" lines; standard library only. The first check must be the
first request of the boot (nothing has loaded Buffer yet)."""
import http.client, sys

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
