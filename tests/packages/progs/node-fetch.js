// node-fetch 2: fetch against a loopback HTTP server.
const fetch = require('node-fetch');
const http = require('http');
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => { res.setHeader('content-type', 'text/plain'); res.end(`${req.method} ${req.url} ${body}`); });
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const r = await fetch(`${base}/x?y=1`);
  console.log(r.status, r.ok, r.headers.get('content-type'), await r.text());
  const p = await fetch(`${base}/p`, { method: 'POST', body: JSON.stringify({ a: 1 }) });
  console.log(await p.text());
  server.close();
});
