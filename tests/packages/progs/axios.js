// axios: GET and POST JSON against a loopback HTTP server.
const axios = require('axios');
const http = require('http');
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.statusCode = req.url === '/missing' ? 404 : 200;
    res.end(JSON.stringify({ method: req.method, url: req.url, body: body ? JSON.parse(body) : null }));
  });
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const r = await axios.get(`${base}/a`, { params: { x: 1 } });
  console.log(r.status, r.data);
  const p = await axios.post(`${base}/b`, { hello: 'world' });
  console.log(p.status, p.data, p.headers['content-type']);
  try { await axios.get(`${base}/missing`); } catch (e) { console.log(e.name, e.message, e.response.status); }
  server.close();
});
