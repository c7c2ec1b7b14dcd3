// koa with @koa/router and koa-bodyparser, over a loopback HTTP server.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const http = require('http');
const app = new Koa();
const router = new Router();
app.use(async (ctx, next) => { const t = 'mw'; await next(); ctx.set('X-Mw', t); });
app.use(bodyParser());
router.get('/items/:id', (ctx) => { ctx.body = { id: ctx.params.id, q: ctx.query.q }; });
router.post('/echo', (ctx) => { ctx.body = { got: ctx.request.body }; });
router.get('/err', (ctx) => ctx.throw(418, 'teapot'));
app.use(router.routes()).use(router.allowedMethods());
const server = app.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const req = (method, p, body) => new Promise((resolve) => {
    const r = http.request({ host: '127.0.0.1', port, path: p, method, headers: body ? { 'content-type': 'application/json' } : {} }, (res) => {
      let b = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { b += c; });
      res.on('end', () => resolve(`${res.statusCode} ${res.headers['x-mw']} ${b}`));
    });
    r.end(body);
  });
  console.log(await req('GET', '/items/5?q=x'));
  console.log(await req('POST', '/echo', JSON.stringify({ a: [1, 2] })));
  console.log(await req('GET', '/err'));
  console.log(await req('DELETE', '/items/5'));
  server.close();
});
