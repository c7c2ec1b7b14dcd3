// path-to-regexp 8.x (what Express 5 uses): match, compile, parse.
const { match, compile, pathToRegexp, parse } = require('path-to-regexp-8');
const m = match('/user/:id{/:op}');
console.log(m('/user/12'), m('/user/12/edit'), m('/nope'));
console.log(compile('/user/:id{/:op}')({ id: '7', op: 'x y' }), pathToRegexp('/files/*path').regexp.source);
console.log(match('/files/*path')('/files/a/b.txt'), JSON.stringify(parse('/a/:b{.:ext}')));
try { match('/bad/:'); } catch (e) { console.log(e.constructor.name, e.message.split(';')[0]); }
