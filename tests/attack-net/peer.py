"""A user-space Ethernet/IPv4/TCP peer for attacking the guest (python3,
standard library only). QEMU's `-netdev socket,udp=...` carries the
guest's Ethernet frames as UDP datagrams on 127.0.0.1, so this module is
the whole network the guest sees: it answers ARP for every address but
the guest's and crafts TCP segments as an attacker would (out of order,
forged SYNs, a chosen initial sequence number), with no root and no
kernel TCP in the way (QEMU's user networking would rewrite them).

Net(lport, qport): frames in on 127.0.0.1:lport, out to 127.0.0.1:qport.
Conn(net, sport, isn): a small but real TCP client (go-back-N resend on
timeout, in-order receive, FIN both ways) for ordinary requests.
Every wait is bounded by a deadline the caller gives (a hang guard).
"""
import os, random, select, socket, struct, time

GUEST_IP = '10.9.0.2'
MY_IP = '10.9.0.1'
MY_MAC = bytes.fromhex('020000000001')
FIN, SYN, RST, PSH, ACK = 1, 2, 4, 8, 16
MSS = 1460


def csum(b):
    if len(b) & 1:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


def ip4(a):
    return socket.inet_aton(a)


class Seg:
    def __init__(self, src, sport, dport, seq, ack, flags, win, payload):
        self.src, self.sport, self.dport = src, sport, dport
        self.seq, self.ack, self.flags, self.win, self.payload = seq, ack, flags, win, payload

    def __repr__(self):
        f = ''.join(c for c, b in zip('FSRPA', (FIN, SYN, RST, PSH, ACK)) if self.flags & b)
        return 'Seg(%d->%d %s seq=%d ack=%d len=%d)' % (self.sport, self.dport, f, self.seq,
                                                       self.ack, len(self.payload))


class Net:
    def __init__(self, lport, qport):
        self.s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8 << 20)
        self.s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 8 << 20)
        self.s.bind(('127.0.0.1', lport))
        self.dst = ('127.0.0.1', qport)
        self.guest_mac = None
        self.conns = {}     # our port -> Conn
        self.stray = []     # segments for no Conn (floods count them)
        self.ipid = 0

    def send_eth(self, dmac, etype, payload):
        f = dmac + MY_MAC + struct.pack('!H', etype) + payload
        if len(f) < 60:
            f += b'\0' * (60 - len(f))
        self.s.sendto(f, self.dst)

    def arp(self, op, tmac, tip, sip):
        return struct.pack('!HHBBH', 1, 0x0800, 6, 4, op) + MY_MAC + ip4(sip) + tmac + ip4(tip)

    def resolve(self, deadline):
        """The guest's MAC (ARP). True when known."""
        nxt = 0
        while self.guest_mac is None and time.time() < deadline:
            if time.time() >= nxt:
                self.send_eth(b'\xff' * 6, 0x0806, self.arp(1, b'\0' * 6, GUEST_IP, MY_IP))
                nxt = time.time() + 0.5
            self.poll(0.1)
        return self.guest_mac is not None

    def send_tcp(self, sport, dport, seq, ack, flags, payload=b'', win=65535, src=MY_IP, opts=b''):
        hl = 20 + len(opts)
        th = struct.pack('!HHIIBBHHH', sport, dport, seq & 0xffffffff, ack & 0xffffffff,
                         (hl // 4) << 4, flags, win, 0, 0) + opts
        ph = ip4(src) + ip4(GUEST_IP) + struct.pack('!BBH', 0, 6, hl + len(payload))
        c = csum(ph + th + payload)
        th = th[:16] + struct.pack('!H', c) + th[18:]
        self.ipid = (self.ipid + 1) & 0xffff
        iph = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + hl + len(payload), self.ipid, 0x4000, 64, 6,
                          0, ip4(src), ip4(GUEST_IP))
        iph = iph[:10] + struct.pack('!H', csum(iph)) + iph[12:]
        self.send_eth(self.guest_mac, 0x0800, iph + th + payload)

    def poll(self, timeout):
        """Reads what has come (waiting up to timeout for the first);
        returns how many TCP segments were dispatched."""
        n = 0
        r, _, _ = select.select([self.s], [], [], max(timeout, 0))
        while r:
            try:
                f = self.s.recv(65536, socket.MSG_DONTWAIT)
            except BlockingIOError:
                break
            n += self.frame(f)
        return n

    def frame(self, f):
        if len(f) < 14:
            return 0
        etype = struct.unpack('!H', f[12:14])[0]
        if etype == 0x0806 and len(f) >= 42:
            op = struct.unpack('!H', f[20:22])[0]
            smac, sip, tip = f[22:28], socket.inet_ntoa(f[28:32]), socket.inet_ntoa(f[38:42])
            if sip == GUEST_IP:
                self.guest_mac = smac
            if op == 1 and tip != GUEST_IP:  # everyone but the guest is us
                self.send_eth(smac, 0x0806, self.arp(2, smac, sip, tip))
            return 0
        if etype != 0x0800:
            return 0
        ip = f[14:]
        ihl = (ip[0] & 15) * 4
        if ip[9] != 6:
            return 0
        if self.guest_mac is None:
            self.guest_mac = f[6:12]
        tot = struct.unpack('!H', ip[2:4])[0]
        t = ip[ihl:tot]
        sport, dport, seq, ack, off, flags, win = struct.unpack('!HHIIBBH', t[:16])
        s = Seg(socket.inet_ntoa(ip[12:16]), sport, dport, seq, ack, flags, win, t[(off >> 4) * 4:])
        c = self.conns.get(dport)
        if c:
            c.input(s)
        else:
            self.stray.append(s)
        return 1


class Conn:
    def __init__(self, net, sport, isn=None, dport=8080):
        self.net, self.sport, self.dport = net, sport, dport
        self.isn = random.getrandbits(32) if isn is None else isn & 0xffffffff
        self.snd_nxt = self.isn
        self.snd_una = self.isn
        self.rcv_nxt = None
        self.data = bytearray()
        self.fin = False
        self.rst = False
        self.synack = None   # the first answer to our SYN (a Seg)
        self.acks = 0        # segments received (ACKs included, RSTs not)
        net.conns[sport] = self

    def input(self, s):
        if s.flags & RST:
            self.rst = True
            return
        self.acks += 1
        if s.flags & SYN:
            if self.synack is None:
                self.synack = s
            if s.flags & ACK and s.ack == (self.isn + 1) & 0xffffffff and self.rcv_nxt is None:
                self.rcv_nxt = (s.seq + 1) & 0xffffffff
            return
        if self.rcv_nxt is None:
            if self.synack is None:
                self.synack = s  # an ACK (or other) where a SYN-ACK was due
            return
        if s.flags & ACK and 0 < ((s.ack - self.snd_una) & 0xffffffff) <= ((self.snd_nxt - self.snd_una) & 0xffffffff):
            self.snd_una = s.ack
        if s.payload and s.seq == self.rcv_nxt:
            self.data += s.payload
            self.rcv_nxt = (self.rcv_nxt + len(s.payload)) & 0xffffffff
        if s.flags & FIN and ((s.seq + len(s.payload)) & 0xffffffff) == self.rcv_nxt:
            self.fin = True
            self.rcv_nxt = (self.rcv_nxt + 1) & 0xffffffff
        if s.payload or s.flags & FIN:
            self.net.send_tcp(self.sport, self.dport, self.snd_nxt, self.rcv_nxt, ACK)

    def syn(self):
        self.net.send_tcp(self.sport, self.dport, self.isn, 0, SYN, opts=struct.pack('!BBH', 2, 4, MSS))

    def connect(self, deadline, tries=1):
        """SYN (resent up to tries times), wait for the answer. True when
        established; self.synack holds what the first answer was."""
        self.snd_nxt = (self.isn + 1) & 0xffffffff
        self.snd_una = self.snd_nxt
        for i in range(tries):
            self.syn()
            end = min(deadline, time.time() + (deadline - time.time()) / (tries - i))
            while self.rcv_nxt is None and not self.rst and time.time() < end:
                self.net.poll(0.05)
            if self.rcv_nxt is not None or self.rst:
                break
        if self.rcv_nxt is None:
            return False
        self.net.send_tcp(self.sport, self.dport, self.snd_nxt, self.rcv_nxt, ACK)
        return True

    def send(self, data, deadline, fin=False):
        """Sends data (then FIN), resending what is unacknowledged every
        second. True when all of it is acknowledged."""
        base = self.snd_nxt
        total = len(data) + (1 if fin else 0)
        self.snd_una = base
        sent_to = 0   # offset sent so far
        last = 0
        while time.time() < deadline and not self.rst:
            acked = (self.snd_una - base) & 0xffffffff
            if acked >= total:
                self.snd_nxt = (base + total) & 0xffffffff
                return True
            if time.time() - last > 1.0:
                sent_to = acked  # go back N
                last = time.time()
            while sent_to < total and sent_to - acked < 32 * MSS:
                chunk = data[sent_to:sent_to + MSS]
                flags = ACK | PSH
                if sent_to + len(chunk) >= len(data) and fin:
                    flags |= FIN
                self.snd_nxt = (base + sent_to + len(chunk) + (1 if flags & FIN else 0)) & 0xffffffff
                self.net.send_tcp(self.sport, self.dport, base + sent_to, self.rcv_nxt, flags, chunk)
                sent_to += len(chunk) + (1 if flags & FIN else 0)
            self.net.poll(0.05)
        return False

    def wait_close(self, deadline):
        while not self.fin and not self.rst and time.time() < deadline:
            self.net.poll(0.05)
        return self.fin

    def request(self, raw, deadline):
        """One HTTP exchange with Connection: close: returns (status,
        body) or raises with what went wrong."""
        if not self.connect(deadline, tries=3):
            raise RuntimeError('no SYN-ACK (answer: %r, reset: %s)' % (self.synack, self.rst))
        if not self.send(raw, deadline):
            raise RuntimeError('request not acknowledged')
        if not self.wait_close(deadline):
            raise RuntimeError('no complete answer (%d bytes so far)' % len(self.data))
        self.send(b'', deadline, fin=True)
        head, _, body = bytes(self.data).partition(b'\r\n\r\n')
        return int(head.split(b' ')[1]), body

    def forget(self):
        self.net.conns.pop(self.sport, None)


def get(net, port, path, deadline, method='GET', body=b''):
    c = Conn(net, port)
    try:
        raw = ('%s %s HTTP/1.1\r\nHost: guest\r\nConnection: close\r\nContent-Length: %d\r\n\r\n'
               % (method, path, len(body))).encode() + body
        return c.request(raw, deadline)
    finally:
        c.forget()
