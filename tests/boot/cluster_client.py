#!/usr/bin/env python3
"""tests/boot/cluster_client.py PORT CONNS REQS TIMEOUT: CONNS keep-alive
connections at once, each making REQS requests of /n/<N>; every answer
must be 200 and say "<N> from worker <id>". Prints one line: how many
answers each worker gave, or the first failures. Exit 0 when all
CONNS * REQS answers were right. TIMEOUT is a hang guard per socket
operation, never a verdict on speed.

The connections are opened one at a time, each making its first request
before the next opens; then all of them make the rest at once. QEMU's
user networking listens on the host port with a backlog of 1 (`ss -ltn`),
so a burst of 200 connects overflows the host's accept queue and some
handshakes are retransmitted by the host for tens of seconds before the
guest ever sees them (seen: 21 of 200 still waiting after 60 s)."""
import http.client, re, sys, threading

port, conns, reqs, timeout = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
errors, by = [], {}
lock = threading.Lock()
opened = threading.Barrier(conns)
turn = threading.Lock()


def worker(k):
    ok, seen = 0, {}
    c = http.client.HTTPConnection('127.0.0.1', port, timeout=timeout)
    try:
        for r in range(reqs):
            if r == 1:
                opened.wait()
            n = k * reqs + r
            if r == 0:
                turn.acquire()
            c.request('GET', '/n/%d' % n)
            resp = c.getresponse()
            body = resp.read().decode()
            m = re.match(r'^(\d+) from worker (\d+)\n$', body)
            if resp.status != 200 or not m or int(m.group(1)) != n:
                raise ValueError('status %d, body %r for %d' % (resp.status, body[:60], n))
            seen[m.group(2)] = seen.get(m.group(2), 0) + 1
            ok += 1
            if r == 0:
                turn.release()
    except Exception as e:
        if ok == 0:
            turn.release()
        with lock:
            errors.append('connection %d after %d answers: %r' % (k, ok, e))
        opened.abort()
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
