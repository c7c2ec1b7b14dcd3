// An ordinary Express 4 service: routes with params and regex params,
// query strings, JSON and urlencoded bodies, a mounted Router,
// res.json/status/set/location, express.static, a 404 handler and an error
// middleware (with body-parser's 400 for bad JSON).
var express = require('express');
var app = express();
app.set('x-powered-by', true);
app.use(express.json());
app.use(express.urlencoded({ extended: true }));
app.use(express.static(__dirname + '/public'));

app.get('/', function (req, res) { res.send('home'); });
app.get('/users/:id', function (req, res) {
  res.json({ id: req.params.id, query: req.query });
});
app.get(/^\/files\/(\d+)\.txt$/, function (req, res) {
  res.type('text/plain').send('file number ' + req.params[0]);
});
app.post('/echo', function (req, res) {
  res.status(201).set('X-Echo', 'yes').json({ got: req.body, type: req.get('content-type') });
});
app.get('/go', function (req, res) { res.location('/users/7').status(302).send('moved'); });
app.get('/boom', function () { throw new Error('boom'); });

var api = express.Router();
api.use(function (req, res, next) { res.set('X-Api', 'v1'); next(); });
api.get('/items', function (req, res) { res.json([{ n: 1 }, { n: 2 }]); });
api.get('/items/:n', function (req, res, next) {
  if (!/^\d+$/.test(req.params.n)) return next();
  res.json({ n: Number(req.params.n) });
});
app.use('/api', api);

app.use(function (req, res) { res.status(404).json({ error: 'not found', path: req.path }); });
app.use(function (err, req, res, next) {
  res.status(err.status || 500).json({ error: err.message, type: err.type || null });
});

var port = Number(process.env.PORT) || 8080;
app.listen(port, function () { console.log('listening on ' + port); });
