// An app made of npm packages: routes matched with path-to-regexp (the
// router under Express), pages rendered with mustache. The packages are
// installed from package-lock.json when the image is built (mkimage.sh
// runs npm ci) and packed with the app; modern syntax in them is lowered.
//
//   node server.js            serve on PORT (default 8080)
//   node server.js --once     render each route to stdout and exit
const { match } = require('path-to-regexp');
const Mustache = require('mustache');
const templates = require('./templates');

let rendered = 0;

const routes = [
  { path: '/', page: () => ({ title: 'Home', view: 'home', data: { links: [{ href: '/users/7', label: 'user 7' }, { href: '/users/42/settings', label: 'settings of 42' }] } }) },
  { path: '/users/:id/:tab?', page: ({ id, tab }) => ({ title: `User ${id}`, view: 'user', data: { id, tab } }) }
].map((r) => ({ ...r, match: match(r.path, { decode: decodeURIComponent }) }));

function render(url) {
  const path = url.split('?')[0];
  for (const route of routes) {
    const m = route.match(path);
    if (m) {
      const { title, view, data } = route.page(m.params);
      rendered++;
      const body = Mustache.render(templates[view], data);
      return { status: 200, html: Mustache.render(templates.layout, { title, body, count: rendered }) };
    }
  }
  rendered++;
  return { status: 404, html: Mustache.render(templates.layout, { title: 'Not found', body: Mustache.render(templates.notFound, { path }), count: rendered }) };
}

if (process.argv.includes('--once')) {
  for (const url of ['/', '/users/7', '/users/42/settings', '/nope?x=<b>']) {
    const { status, html } = render(url);
    console.log(`== GET ${url} -> ${status}`);
    console.log(html);
  }
} else {
  const http = require('http');
  const port = Number(process.env.PORT) || 8080;
  const server = http.createServer((req, res) => {
    const { status, html } = render(req.url);
    res.statusCode = status;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(html);
  });
  server.listen(port, () => console.log(`npm-app listening on port ${port}`));
}
