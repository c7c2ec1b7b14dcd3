#!/usr/bin/env python3
"""tests/boot/cluster_client.py PORT CONNS REQS TIMEOUT: CONNS keep-alive
connections at once (threads, all opened before any request), each making
REQS requests of /n/<N>; every answer must be 200 and say "<N> from worker
<id>". Prints one line: how many answers each worker gave, or the first
failures. Exit 0 when all CONNS * REQS answers were right. TIMEOUT is a
hang guard per socket operation, never a verdict on speed."""
import http.client, re, sys, threading

port, conns, reqs, timeout = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
errors, by = [], {}
lock = threading.Lock()
opened = threading.Barrier(conns)


def worker(k):
    ok, seen = 0, {}
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
            c.request('GET', '/n/%d' % n)
            resp = c.getresponse()
            body = resp.read().decode()
            m = re.match(r'^(\d+) from worker (\d+)\n$', body)
            if resp.status != 200 or not m or int(m.group(1)) != n:
                raise ValueError('status %d, body %r for %d' % (resp.status, body[:60], n))
            seen[m.group(2)] = seen.get(m.group(2), 0) + 1
            ok += 1
    except Exception as e:
        with lock:
            errors.append('connection %d after %d answers: %r' % (k, ok, e))
    finally:
        c.close()
        with lock:
            for w, v in seen.items():
                by[w] = by.get(w, 0) + v


threads = [threading.Thread(target=worker, args=(k,)) for k in range(conns)]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = sum(by.values())
spread = ' '.join('worker %s: %d' % (w, by[w]) for w in sorted(by, key=int))
if errors:
    print('%d of %d answers right (%s); %d connections failed, first: %s' % (total, conns * reqs, spread, len(errors), '; '.join(errors[:3])))
    sys.exit(1)
print('%d answers right over %d connections; %s' % (total, conns, spread))
