// express 5: routing, params, JSON, middleware, errors, over a real
// HTTP server on a loopback port, queried with http.get.
const express = require('express-5');
const http = require('http');
const app = express();
app.use((req, res, next) => { res.set('X-Seen', '1'); next(); });
app.get('/hello/:name', (req, res) => res.json({ hi: req.params.name, q: req.query }));
app.get('/text', (req, res) => res.type('text').send('plain'));
app.get('/boom', () => { throw new Error('boom'); });
app.use((err, req, res, next) => res.status(500).send('caught ' + err.message));
const server = app.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const get = (p) => new Promise((resolve) => http.get({ host: '127.0.0.1', port, path: p }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (c) => { body += c; });
    res.on('end', () => resolve(`${res.statusCode} ${res.headers['content-type']} ${res.headers['x-seen']} ${body}`));
  }));
  for (const p of ['/hello/ann?x=1&y[z]=2', '/text', '/boom', '/missing']) console.log(await get(p));
  server.close();
});
