"""1 MB up and 1 MB down through the lossy wire (relay.py), with the
kernel's TCP as the client: the bytes must arrive intact (sha256).

  python3 lossy.py LABEL GUARD_SECONDS
"""
import hashlib, http.client, random, sys, time

label, guard = sys.argv[1], float(sys.argv[2])
N = 1 << 20


def report(name, good, why=''):
    print(('ok - ' if good else 'not ok - ') + name)
    if not good:
        print('#   ' + str(why))
    sys.stdout.flush()


def request(method, path, body=None):
    c = http.client.HTTPConnection('10.9.0.2', 8080, timeout=guard)
    try:
        c.request(method, path, body=body, headers={'Connection': 'close'})
        r = c.getresponse()
        return r.status, r.read()
    finally:
        c.close()


# the guest may still be booting: wait for it (a hang guard, not a verdict)
end = time.time() + guard
while True:
    try:
        request('GET', '/')
        break
    except Exception as e:
        if time.time() > end:
            report('attack-net %s: 1 MB upload, sha256 intact' % label, False, 'no answer: %s' % e)
            report('attack-net %s: 1 MB download, sha256 intact' % label, False, 'no answer')
            sys.exit(0)
        time.sleep(0.5)

up = random.Random(7).randbytes(N)
try:
    st, body = request('POST', '/sha256', up)
    want = hashlib.sha256(up).hexdigest()
    report('attack-net %s: 1 MB upload, sha256 intact' % label, st == 200 and body.decode().strip() == want,
           'status %d, guest says %r, sent %s' % (st, body[:80], want))
except Exception as e:
    report('attack-net %s: 1 MB upload, sha256 intact' % label, False, e)
try:
    st, body = request('GET', '/big?n=%d' % N)
    want = (bytes((i * 7) % 251 for i in range(251)) * (N // 251 + 1))[:N]
    report('attack-net %s: 1 MB download, sha256 intact' % label,
           st == 200 and hashlib.sha256(body).digest() == hashlib.sha256(want).digest(),
           'status %d, %d bytes of %d' % (st, len(body), N))
except Exception as e:
    report('attack-net %s: 1 MB download, sha256 intact' % label, False, e)
