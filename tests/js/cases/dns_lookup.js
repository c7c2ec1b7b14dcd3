// dns.lookup: literals, localhost, argument errors, and names that do not
// exist (.invalid is reserved: no resolver answers it), by callback,
// promise and through net.connect / http.get; one at a time (resolvers
// answer in their own time).
const dns = require('dns');
const net = require('net');
const http = require('http');
function show(e) { return e ? [e.message, e.code, e.errno, e.syscall, e.hostname].join(' | ') : e; }
const cb = (fn) => new Promise((resolve) => fn((...args) => resolve(args)));

(async () => {
  try { dns.lookup(42, () => {}); } catch (e) { console.log(e.code, e.message); }
  try { dns.lookup('x', { family: 5 }, () => {}); } catch (e) { console.log(e.code, e.message); }
  try { dns.lookup('x'); } catch (e) { console.log(e.code, e.message); }
  console.log(dns.NOTFOUND, typeof dns.promises.lookup, require('dns/promises') === dns.promises);
  console.log('literal', await cb((k) => dns.lookup('127.0.0.1', k)));
  console.log('all', JSON.stringify(await cb((k) => dns.lookup('10.1.2.3', { all: true }, k))));
  console.log('localhost', await cb((k) => dns.lookup('localhost', 4, k)));
  console.log('localhost all', JSON.stringify(await cb((k) => dns.lookup('localhost', { family: 4, all: true }, k))));
  const [e, a] = await cb((k) => dns.lookup('no-such-host.invalid', k));
  console.log('missing', show(e), a);
  console.log('promise', await dns.promises.lookup('127.0.0.1'));
  console.log('promise all', await dns.promises.lookup('localhost', { all: true, family: 4 }));
  try {
    await dns.promises.lookup('nothing-here.invalid');
  } catch (e) {
    console.log('promise missing', show(e));
  }
  await new Promise((resolve) => {
    const s = net.connect({ host: 'unknown-host.invalid', port: 80 });
    s.on('lookup', (e, a, f, h) => console.log('net lookup event', e && e.code, a, f, h));
    s.on('error', (e) => { console.log('net error', show(e)); resolve(); });
  });
  await new Promise((resolve) => {
    http.get('http://also-unknown.invalid:8080/', () => console.log('response?'))
      .on('error', (e) => { console.log('http error', show(e)); resolve(); });
  });
  // a name that resolves (localhost) is connected to (nobody listens on port 1)
  net.connect(1, 'localhost').on('error', (e) => console.log('via localhost', e.message, e.code));
})();
