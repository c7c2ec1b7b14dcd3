#!/usr/bin/env python3
"""tests/net/load_client.py PORT CONNS REQS TIMEOUT: CONNS keep-alive
connections at once (threads, opened before any request is sent), each
making REQS requests of /item?id=N in turn; every answer must be 200 with
the JSON for its id. Prints one line: what was served, or the first
failures. Exit 0 when all CONNS * REQS answers were right. TIMEOUT is a
hang guard per socket operation, never a verdict on speed.

The connections are opened one at a time, each making its first request
before the next opens; then all of them make the rest at once, so the
guest holds all CONNS while it serves. Opening them all at once tested
QEMU's user networking instead of the guest: it listens on the host port
with a backlog of 1 (libslirp's tcpx_listen), and while a loaded host
keeps QEMU's main loop from accepting, a burst of connects overflows the
host's accept queue and the host kernel resets some of them (its
TcpExtSyncookiesFailed count rises). A packet capture of the guest's NIC
(-object filter-dump) showed those connections never reached the guest
(15 of 100 on a loaded 2-core host under TCG). tests/boot/cluster_client.py
does the same for the same reason."""
import http.client, json, sys, threading

port, conns, reqs, timeout = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
errors, good = [], [0]
lock = threading.Lock()
opened = threading.Barrier(conns)
turn = threading.Lock()


def worker(k):
    ok = 0
    c = http.client.HTTPConnection('127.0.0.1', port, timeout=timeout)
    try:
        for r in range(reqs):
            if r == 1:
                opened.wait()
            n = k * reqs + r
            if r == 0:
                turn.acquire()
            c.request('GET', '/item?id=%d' % n)
            resp = c.getresponse()
            body = resp.read()
            if resp.status != 200:
                raise ValueError('status %d for id %d' % (resp.status, n))
            j = json.loads(body)
            if j['id'] != n or j['tags'][19] != 'tag-%d-19' % n or len(j['pad']) != 1199:
                raise ValueError('wrong answer for id %d: %r' % (n, body[:80]))
            ok += 1
            if r == 0:
                turn.release()
        if reqs == 1:
            opened.wait()
    except Exception as e:
        if ok == 0:
            turn.release()
        with lock:
            errors.append('connection %d after %d answers: %r' % (k, ok, e))
        opened.abort()
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
