// A plain http site rendering Handlebars templates read from the app's
// views folder with fs, with a helper and a partial.
var http = require('http');
var fs = require('fs');
var path = require('path');
var Handlebars = require('handlebars');
var views = path.join(__dirname, 'views');
Handlebars.registerPartial('footer', fs.readFileSync(path.join(views, 'footer.hbs'), 'utf8'));
Handlebars.registerHelper('upper', function (s) { return String(s).toUpperCase(); });
var page = Handlebars.compile(fs.readFileSync(path.join(views, 'page.hbs'), 'utf8'));
var server = http.createServer(function (req, res) {
  if (req.url === '/' || req.url === '/about') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page({ title: req.url === '/' ? 'Home' : 'About', items: ['one', 'two & three'], year: 2026 }));
    return;
  }
  fs.readFile(path.join(views, 'missing.hbs'), 'utf8', function (err) {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end(err.code + ' ' + path.basename(err.path || '') + '\n');
  });
});
var port = Number(process.env.PORT) || 8080;
server.listen(port, function () { console.log('listening on ' + port); });
