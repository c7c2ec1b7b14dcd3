"""The attacks of tests/attack-net/run.sh against a booted guest
(tests/attack-net/app) whose only network is this process (peer.py).

  python3 attack.py LPORT QPORT GUARD CASE...

Prints one "ok - NAME" / "not ok - NAME" line per check ("#   why" lines
after a failure). GUARD: seconds of hang guard per wait (already scaled
by the caller); no verdict depends on how fast anything is.
Cases: alive, oos, timewait, synflood, leak.
"""
import random, sys, time
import peer
from peer import ACK, FIN, PSH, RST, SYN, Conn, Net

lport, qport, guard = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
net = Net(lport, qport)
rnd = random.Random(13)
ports = iter(range(40000, 60000))


def report(name, good, *why):
    print(('ok - ' if good else 'not ok - ') + name)
    if not good:
        for w in why:
            for line in str(w).splitlines():
                print('#   ' + line)
    sys.stdout.flush()
    return good


def alive(after):
    try:
        st, body = peer.get(net, next(ports), '/', time.time() + guard)
        return report('attack-net: guest answers after %s' % after, st == 200 and body == b'alive\n',
                      'status %d, body %r' % (st, body))
    except Exception as e:
        return report('attack-net: guest answers after %s' % after, False, e)


def case_alive():
    if not net.resolve(time.time() + guard):
        report('attack-net: the guest is on the link (ARP)', False, 'no ARP reply from ' + peer.GUEST_IP)
        return False
    report('attack-net: the guest is on the link (ARP)', True)
    return alive('boot')


def case_oos(n=22000):
    """n one-byte segments, each out of order (the first byte of the body
    never comes), in a shuffled order, on one connection whose request
    waits for its body; the guest acknowledges each (a duplicate ACK),
    which is how we know it processed them."""
    c = Conn(net, next(ports))
    name = 'attack-net: %d one-byte out-of-order segments' % n
    if not c.connect(time.time() + guard, tries=3):
        return report(name, False, 'no connection: %r' % c.synack)
    head = b'POST /sink HTTP/1.1\r\nHost: guest\r\nContent-Length: 60000\r\n\r\n'
    if not c.send(head, time.time() + guard):
        return report(name, False, 'request head not acknowledged')
    base = c.snd_nxt
    offs = list(range(1, n + 1))
    rnd.shuffle(offs)
    start = c.acks
    sent = 0

    def flood(upto):
        nonlocal sent
        while sent < upto and not c.rst:
            batch = offs[sent:min(upto, sent + 100)]
            for off in batch:
                net.send_tcp(c.sport, c.dport, base + off, c.rcv_nxt, ACK, bytes([off & 255]))
            sent += len(batch)
            end = time.time() + guard
            while c.acks - start < sent and not c.rst and time.time() < end:
                net.poll(0.05)
            if c.acks - start < sent:
                break
    # two thirds of them, then the app needs memory while they are held
    # (32 MB guest: unbounded, they would pin ~24 MB by then), then the rest
    flood(n * 2 // 3)
    big = 8000000
    bigname = 'attack-net: the app gets 8 MB of heap while %d of them are held' % sent
    try:
        st, body = peer.get(net, next(ports), '/big?n=%d' % big, time.time() + guard)
        want = bytes((i * 7) % 251 for i in range(251)) * (big // 251 + 1)
        bigok = (st == 200 and body == want[:big], 'status %d, %d bytes (of %d), %s' %
                 (st, len(body), big, 'content as expected' if body == want[:len(body)] else 'content differs'))
    except Exception as e:
        bigok = (False, e)
    flood(n)
    got = c.acks - start
    report(name, got >= n and not c.rst, 'the guest acknowledged %d of %d segments%s' %
           (got, n, ', then reset the connection' if c.rst else ''))
    report(bigname, *bigok)
    net.send_tcp(c.sport, c.dport, c.snd_nxt, c.rcv_nxt, RST | ACK)
    c.forget()
    return alive('%d out-of-order segments' % n)


def case_timewait():
    """The guest closes first (Connection: close) and so holds TIME_WAIT;
    the same client port then comes back with a higher initial sequence
    number (as a client's clock-driven ISN does): the SYN must get a
    SYN-ACK, not the old connection's ACK or a RST."""
    name = 'attack-net: a port reused during TIME_WAIT gets a SYN-ACK'
    port, isn = next(ports), rnd.getrandbits(31)
    c = Conn(net, port, isn=isn)
    try:
        st, _ = c.request(b'GET / HTTP/1.1\r\nHost: guest\r\nConnection: close\r\n\r\n', time.time() + guard)
    except Exception as e:
        return report(name, False, 'first connection: %s' % e)
    finally:
        c.forget()
    # c.request waited for the guest's ACK of our FIN: the guest is in TIME_WAIT
    c2 = Conn(net, port, isn=isn + 1000000)
    try:
        c2.connect(time.time() + guard, tries=1)
        a = c2.synack
        ok = a is not None and a.flags & (SYN | ACK | RST) == SYN | ACK
        report(name, ok, 'the answer to the SYN: %r' % a)
        if ok:
            try:
                c2.send(b'GET / HTTP/1.1\r\nHost: guest\r\nConnection: close\r\n\r\n', time.time() + guard)
                good = c2.wait_close(time.time() + guard) and b'alive' in c2.data
                c2.send(b'', time.time() + guard, fin=True)
                report('attack-net: the new connection on the reused port is served', good,
                       'answer: %r' % bytes(c2.data[:200]))
            except Exception as e:
                report('attack-net: the new connection on the reused port is served', False, e)
        else:
            report('attack-net: the new connection on the reused port is served', False, 'no SYN-ACK')
    finally:
        c2.forget()
    return alive('port reuse')


def case_synflood(n=1000):
    """n SYNs from forged addresses that never complete the handshake,
    then an ordinary client: its first SYN must be answered (the oldest
    half-open connection makes room)."""
    del net.stray[:]
    for i in range(0, n, 50):
        for k in range(i, min(n, i + 50)):
            src = '10.9.0.%d' % (10 + k % 200)
            net.send_tcp(20000 + k, 8080, rnd.getrandbits(32), 0, SYN, src=src)
        net.poll(0.02)
    end = time.time() + guard
    while time.time() < end and net.poll(0.5):
        pass
    synacks = sum(1 for s in net.stray if s.flags & (SYN | ACK) == SYN | ACK)
    report('attack-net: SYN flood of %d sent (%d SYN-ACKs seen)' % (n, synacks), synacks > 0,
           'not one SYN was answered')
    c = Conn(net, next(ports))
    name = 'attack-net: after %d SYNs, a new client\'s first SYN is answered' % n
    try:
        c.connect(time.time() + guard, tries=1)
        a = c.synack
        ok = a is not None and a.flags & (SYN | ACK | RST) == SYN | ACK
        report(name, ok, 'the answer to the SYN: %r' % a)
        if ok:
            c.send(b'GET / HTTP/1.1\r\nHost: guest\r\nConnection: close\r\n\r\n', time.time() + guard)
            good = c.wait_close(time.time() + guard) and b'alive' in c.data
            c.send(b'', time.time() + guard, fin=True)
            report('attack-net: the client after the SYN flood is served', good,
                   'answer: %r' % bytes(c.data[:200]))
        else:
            report('attack-net: the client after the SYN flood is served', False, 'no SYN-ACK')
    finally:
        c.forget()
    return alive('a SYN flood')


def case_leak(tries=40):
    """Other clients post bodies full of a marker; then the app answers
    Buffer.allocUnsafe(N): the marker must never be in it."""
    marker = ('SECRET-%08x-' % rnd.getrandbits(32)).encode()
    found = []
    bad = []
    for t in range(tries):
        body = marker * (1 + t * 97 % 600)
        try:
            peer.get(net, next(ports), '/sink', time.time() + guard, 'POST', body)
            n = [64, 500, 1000, 1400, 1500, 2048, 4096, 8192, 16384, 65536][t % 10]
            st, got = peer.get(net, next(ports), '/unsafe?n=%d' % n, time.time() + guard)
        except Exception as e:
            bad.append('try %d: %s' % (t, e))
            continue
        if st != 200 or len(got) != n:
            bad.append('try %d: status %d, %d bytes for %d' % (t, st, len(got), n))
        if marker[:12] in got:
            found.append(t)
    report('attack-net: Buffer.allocUnsafe never shows another client\'s body (%d tries)' % tries,
           not found and not bad, 'the marker came back in tries %s' % found if found else '', *bad)
    return alive('the leak probes')


cases = {'alive': case_alive, 'oos': case_oos, 'timewait': case_timewait,
         'synflood': case_synflood, 'leak': case_leak}
for name in sys.argv[4:]:
    cases[name]()
