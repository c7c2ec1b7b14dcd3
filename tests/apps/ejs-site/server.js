// An Express site rendering ejs views (with an include) from the app's
// views folder, read with fs at run time.
var express = require('express');
var path = require('path');
var app = express();
app.set('view engine', 'ejs');
app.set('views', path.join(__dirname, 'views'));
var posts = [{ id: 1, title: 'Hello <world>', tags: ['a', 'b'] }, { id: 2, title: 'Second & last', tags: [] }];
app.get('/', function (req, res) { res.render('index', { title: 'Blog', posts: posts }); });
app.get('/post/:id', function (req, res, next) {
  var p = posts.filter(function (x) { return String(x.id) === req.params.id; })[0];
  if (!p) return next();
  res.render('post', { title: p.title, post: p });
});
app.use(function (req, res) { res.status(404).render('index', { title: 'Not found', posts: [] }); });
var port = Number(process.env.PORT) || 8080;
app.listen(port, function () { console.log('listening on ' + port); });
