// mem: 8M
// Bytes that arrive while the heap has no room for their Buffer are held,
// not lost (js/binding_tcp.c, ondata; net/tcp.h, net_tcp_refuse). The
// server pauses its socket, the client sends 30,000 bytes and ends, and
// then the server fills the heap with Buffers (in an 8 MB guest, to the
// last large block; under node, 64 MB) and resumes: in the guest the
// first Buffer for the received bytes cannot be made even after a
// collection. A timer then lets the filler go. The server must still get
// every byte, in order, then the end. Before the bytes were held, the
// failed allocation was an uncaught exception and the bytes were dropped.
const net = require('net');
const crypto = require('crypto');

const payload = Buffer.alloc(30000);
for (let i = 0; i < payload.length; i++) payload[i] = (i * 7 + (i >> 8)) & 255;
const want = crypto.createHash('sha256').update(payload).digest('hex');

let hog = [];
function fill(size, limit) {
  let total = 0;
  try {
    while (total < limit) {
      hog.push(Buffer.alloc(size, 1));
      total += size;
    }
  } catch (e) {
    // the heap is full for this size
  }
}

const server = net.createServer((sock) => {
  sock.pause();
  const chunks = [];
  sock.on('data', (d) => chunks.push(d));
  sock.on('end', () => {
    const got = Buffer.concat(chunks);
    console.log('server: got', got.length, 'bytes, intact:',
      crypto.createHash('sha256').update(got).digest('hex') === want);
    sock.end();
    server.close();
  });
  // the client's bytes are here (held by the paused socket) by then
  setTimeout(() => {
    setTimeout(() => {
      hog = [];
    }, 300);
    fill(65536, 48 << 20);
    fill(4096, 8 << 20);
    fill(1100, 8 << 20);
    sock.resume();
  }, 300);
});

server.listen(0, () => {
  const c = net.connect(server.address().port, () => {
    c.end(payload);
  });
  c.on('close', () => console.log('client: closed'));
  c.resume();
});
