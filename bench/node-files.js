// bench/node-files.js APPDIR: prints, one per line, the files under
// APPDIR/node_modules that node loads to serve the app's requests
// (APPDIR/requests.txt, as tests/apps/run.sh sends them; GET / without
// one), plus the
// package.json of every package they belong to (node reads those to
// resolve). bench/apps.sh stages only these for the Linux microVM peer:
// the whole shared node_modules (78 MB, every test package) would not
// unpack in the peer's RAM and would not be what a user deploys.
'use strict';
const fs = require('fs');
const path = require('path');
const http = require('http');
const app = path.resolve(process.argv[2]);
const nm = path.join(app, 'node_modules') + path.sep;
process.chdir(app);
const server = http.Server.prototype.listen;
http.Server.prototype.listen = function () {
  const s = server.call(this, 0, '127.0.0.1');
  s.once('listening', () => run(s.address().port));
  return s;
};
require(path.join(app, 'server.js'));

function run(port) {
  // an app without requests.txt (examples/http-hello) is asked GET /
  const rf = path.join(app, 'requests.txt');
  const reqs = fs.existsSync(rf) ? fs.readFileSync(rf, 'utf8').split('\n').filter(Boolean) : ['GET /'];
  let i = 0;
  (function next() {
    if (i === reqs.length) return done();
    const [method, url, type, ...body] = reqs[i++].split(' ');
    const r = http.request({ port, method, path: url, headers: type ? { 'content-type': type } : {} }, (res) => {
      res.resume();
      res.on('end', next);
    });
    r.on('error', next);
    r.end(body.join(' '));
  })();
}

function done() {
  const out = new Set();
  for (const f of Object.keys(require.cache)) {
    if (!f.startsWith(nm)) continue;
    out.add(f);
    // every package.json from the file up to node_modules
    for (let d = path.dirname(f); d.length > nm.length; d = path.dirname(d)) {
      const p = path.join(d, 'package.json');
      if (fs.existsSync(p)) out.add(p);
    }
  }
  process.stdout.write([...out].sort().join('\n') + '\n');
  process.exit(0);
}
