// A Koa service: @koa/router with params, koa-bodyparser, middleware
// that times and tags responses, ctx.throw and an error handler.
var Koa = require('koa');
var Router = require('@koa/router');
var bodyParser = require('koa-bodyparser');
var app = new Koa();
var router = new Router();

app.use(function (ctx, next) {
  return next().then(function () { ctx.set('X-Koa', 'yes'); }, function (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: err.message };
    ctx.set('X-Koa', 'error');
  });
});
app.use(bodyParser());

router.get('/', function (ctx) { ctx.body = 'koa home'; });
router.get('/users/:id', function (ctx) { ctx.body = { id: ctx.params.id, query: ctx.query }; });
router.post('/echo', function (ctx) { ctx.status = 201; ctx.body = { got: ctx.request.body }; });
router.get('/teapot', function (ctx) { ctx.throw(418, 'short and stout'); });
router.get('/redirect', function (ctx) { ctx.redirect('/users/1'); });
app.use(router.routes()).use(router.allowedMethods());

var port = Number(process.env.PORT) || 8080;
app.listen(port, function () { console.log('listening on ' + port); });
