#!/usr/bin/env python3
"""tests/net/load_client.py PORT CONNS REQS TIMEOUT: CONNS keep-alive
connections at once (threads, opened before any request is sent), each
making REQS requests of /item?id=N in turn; every answer must be 200 with
the JSON for its id. Prints one line: what was served, or the first
failures. Exit 0 when all CONNS * REQS answers were right. TIMEOUT is a
hang guard per socket operation, never a verdict on speed."""
import http.client, json, sys, threading

port, conns, reqs, timeout = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
errors, good = [], [0]
lock = threading.Lock()
opened = threading.Barrier(conns)


def worker(k):
    ok = 0
    try:
        c = http.client.HTTPConnection('127.0.0.1', port, timeout=timeout)
        c.connect()
    except Exception as e:
        with lock:
            errors.append('connection %d: connect: %r' % (k, e))
        opened.abort()
        return
    try:
        opened.wait()
        for r in range(reqs):
            n = k * reqs + r
            c.request('GET', '/item?id=%d' % n)
            resp = c.getresponse()
            body = resp.read()
            if resp.status != 200:
                raise ValueError('status %d for id %d' % (resp.status, n))
            j = json.loads(body)
            if j['id'] != n or j['tags'][19] != 'tag-%d-19' % n or len(j['pad']) != 1199:
                raise ValueError('wrong answer for id %d: %r' % (n, body[:80]))
            ok += 1
    except Exception as e:
        with lock:
            errors.append('connection %d after %d answers: %r' % (k, ok, e))
    finally:
        c.close()
        with lock:
            good[0] += ok


threads = [threading.Thread(target=worker, args=(k,)) for k in range(conns)]
for t in threads:
    t.start()
for t in threads:
    t.join()
if errors:
    print('%d of %d answers right; %d connections failed, first: %s' % (good[0], conns * reqs, len(errors), '; '.join(errors[:3])))
    sys.exit(1)
print('%d answers right over %d connections' % (good[0], conns))
