# The client side of bench/http-icount.sh and bench/cluster-icount.sh: one
# keep-alive connection to a guest booted under -icount (slow to boot, so
# connect() keeps trying for up to 5 minutes), and GETs that must be 200.
import http.client
import sys
import time


def connect(port):
    for _ in range(600):  # until it answers (a hang guard: boot under -icount is slow)
        try:
            c = http.client.HTTPConnection('127.0.0.1', port, timeout=120)
            c.request('GET', '/')
            c.getresponse().read()
            return c
        except OSError:
            time.sleep(0.5)
    sys.exit('the guest does not answer')


def get(c, path):
    c.request('GET', path)
    r = c.getresponse()
    b = r.read()
    assert r.status == 200, r.status
    return b
