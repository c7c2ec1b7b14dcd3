// dns.lookup: literals, localhost and argument errors, by callback and
// promise, and net.connect by name; one at a time (resolvers answer in
// their own time). Names that need a DNS server (ENOTFOUND for one that
// does not exist) are in tests/net/dns.sh: the case runners' images have
// no network.
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
  console.log('promise', await dns.promises.lookup('127.0.0.1'));
  console.log('promise all', await dns.promises.lookup('localhost', { all: true, family: 4 }));
  // a name that resolves (localhost) is connected to (nobody listens on port 1)
  net.connect(1, 'localhost').on('error', (e) => console.log('via localhost', e.message, e.code));
})();
