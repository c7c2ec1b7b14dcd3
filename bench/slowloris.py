#!/usr/bin/env python3
"""Host side of bench/slowloris.sh: an attack on tests/attack/app while
normal clients are served, from 127.0.0.1 (standard library only).

  slowloris.py serve PORT N SECONDS
      D seconds of normal clients (4 threads, a new connection and one
      GET / each), then the same D seconds while N slowloris connections
      trickle header lines (one every 5 s, never ending the head; a
      connection the server closes is opened again), sampling the
      server's open connections (GET /stats) every 2 s. Prints one JSON
      line: requests/s before and during, failures, connections held.
  slowloris.py survive KIND PORT N SECONDS
      KIND is slowloris (N connections), idle (N connections that send
      nothing) or body (a 100 MB POST to a handler that never reads it,
      on N connections one after the other); the attack runs SECONDS,
      then one GET / must answer 200. Prints "survived" or "down: why".

Figures only: nothing here is a test verdict."""
import json, resource, selectors, socket, sys, threading, time

H = '127.0.0.1'
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def get(port, path='/', timeout=10):
    """Status code of one GET on a new connection, or the error's name."""
    try:
        s = socket.create_connection((H, port), timeout=timeout)
        s.sendall(b'GET ' + path.encode() + b' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
        got = b''
        while True:
            d = s.recv(65536)
            if not d:
                break
            got += d
        s.close()
    except OSError as e:
        return type(e).__name__, b''
    head, _, body = got.partition(b'\r\n\r\n')
    parts = head.split(b' ')
    return (parts[1].decode() if len(parts) > 1 else 'empty'), body


def clients(port, seconds, threads=4):
    """(answers 200, failures, latencies) of `threads` loops for `seconds`."""
    end = time.time() + seconds
    res = {'ok': 0, 'fail': 0, 'lat': []}
    lock = threading.Lock()

    def loop():
        while time.time() < end:
            t = time.time()
            code, _ = get(port)
            with lock:
                if code == '200':
                    res['ok'] += 1
                    res['lat'].append(time.time() - t)
                else:
                    res['fail'] += 1
    ts = [threading.Thread(target=loop) for _ in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return res


class Flood(threading.Thread):
    """N connections kept open: each sends `head` once connected and
    `trickle` every 5 s; one the server closes is opened again after 1 s."""

    def __init__(self, port, n, head, trickle):
        threading.Thread.__init__(self, daemon=True)
        self.port, self.n, self.head, self.trickle = port, n, head, trickle
        self.stop = False
        self.open = 0          # connections open now (client's view)
        self.closed = 0        # closed by the server (or refused) so far
        self.connected = 0     # connects that succeeded so far

    def run(self):
        sel = selectors.DefaultSelector()
        socks = {}             # socket -> 'connecting' | 'open'
        retry = []             # times at which to open one again
        nxt = time.time()
        want = self.n
        while not self.stop:
            now = time.time()
            # open up to 50 at a time while fewer than N are open or pending
            while want > 0 and sum(1 for v in socks.values() if v == 'connecting') < 50:
                s = socket.socket()
                s.setblocking(False)
                try:
                    s.connect_ex((H, self.port))
                except OSError:
                    s.close()
                    break
                socks[s] = 'connecting'
                sel.register(s, selectors.EVENT_WRITE | selectors.EVENT_READ)
                want -= 1
            for ev, mask in sel.select(0.2):
                s = ev.fileobj
                if socks.get(s) == 'connecting' and mask & selectors.EVENT_WRITE:
                    if s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0:
                        socks[s] = 'open'
                        self.connected += 1
                        sel.modify(s, selectors.EVENT_READ)
                        try:
                            if self.head:
                                s.send(self.head)
                        except OSError:
                            pass
                        continue
                try:
                    d = s.recv(4096) if mask & selectors.EVENT_READ else b'x'
                except OSError:
                    d = b''
                if not d:
                    sel.unregister(s)
                    del socks[s]
                    s.close()
                    self.closed += 1
                    retry.append(time.time() + 1)
            if time.time() >= nxt:
                nxt = time.time() + 5
                if self.trickle:
                    for s, v in list(socks.items()):
                        if v == 'open':
                            try:
                                s.send(self.trickle)
                            except OSError:
                                pass
            due = [r for r in retry if r <= time.time()]
            retry = [r for r in retry if r > time.time()]
            want += len(due)
            self.open = sum(1 for v in socks.values() if v == 'open')
        for s in socks:
            s.close()


def body_attack(port, n, seconds):
    """n connections one after another, each POSTing up to 100 MB to
    /hold (never read) until the guest stops taking bytes or time ends."""
    end = time.time() + seconds
    chunk = b'x' * 65536
    for _ in range(n):
        if time.time() > end:
            break
        try:
            s = socket.create_connection((H, port), timeout=10)
            s.sendall(b'POST /hold?ms=3000 HTTP/1.1\r\nHost: x\r\nContent-Length: 104857600\r\n\r\n')
            sent = 0
            while sent < 104857600 and time.time() < end:
                s.sendall(chunk)
                sent += len(chunk)
            s.close()
        except OSError:
            pass


def stats(port):
    code, body = get(port, '/stats', 5)
    if code != '200':
        return None
    try:
        return json.loads(body)
    except ValueError:
        return None


def serve(port, n, seconds):
    before = clients(port, seconds)
    fl = Flood(port, n, b'GET /count HTTP/1.1\r\nHost: x\r\n', b'X-Slow: 1\r\n')
    fl.start()
    # let the flood open what it can (the guest may refuse the rest)
    t0 = time.time()
    while fl.connected + fl.closed < n and time.time() - t0 < 60:
        time.sleep(0.5)
    held = []
    done = [False]

    def sample():
        while not done[0]:
            st = stats(port)
            held.append(st['connections'] if st else None)
            time.sleep(2)
    sm = threading.Thread(target=sample, daemon=True)
    sm.start()
    during = clients(port, seconds)
    done[0] = True
    sm.join()
    client_open = fl.open
    fl.stop = True
    fl.join()
    time.sleep(2)
    after, _ = get(port, '/', 30)
    lat = sorted(during['lat'])
    seen = [h for h in held if h is not None]
    print(json.dumps({
        'rps_before': before['ok'] / seconds, 'fail_before': before['fail'],
        'rps_during': during['ok'] / seconds, 'fail_during': during['fail'],
        'p50_ms_during': lat[len(lat) // 2] * 1000 if lat else None,
        'held_median': sorted(seen)[len(seen) // 2] if seen else None,
        'stats_unanswered': held.count(None), 'stats_samples': len(held),
        'flood_open_client_side': client_open, 'flood_closed_by_server': fl.closed,
        'after': after}))


def survive(kind, port, n, seconds):
    if kind == 'body':
        body_attack(port, n, seconds)
    else:
        head = b'GET /count HTTP/1.1\r\nHost: x\r\n' if kind == 'slowloris' else b''
        fl = Flood(port, n, head, b'X-Slow: 1\r\n' if kind == 'slowloris' else b'')
        fl.start()
        time.sleep(seconds)
        fl.stop = True
        fl.join()
    time.sleep(2)
    for _ in range(5):
        code, _ = get(port, '/', 30)
        if code == '200':
            print('survived')
            return
        time.sleep(2)
    print('down: GET / gave %s' % code)


if __name__ == '__main__':
    if sys.argv[1] == 'serve':
        serve(int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]))
    else:
        survive(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]))
