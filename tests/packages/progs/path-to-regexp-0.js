// path-to-regexp 0.1.x (what Express 4 uses).
const pathToRegexp = require('path-to-regexp-0');
const keys = [];
const re = pathToRegexp('/user/:id/:op?', keys);
console.log(re.source, keys.map((k) => [k.name, k.optional]), re.exec('/user/12/edit').slice(1), re.test('/user'));
const k2 = [];
console.log(pathToRegexp('/files/*', k2).exec('/files/a/b.txt')[1], k2.length, pathToRegexp(['/a', '/b/:x'], []).test('/b/1'));
console.log(pathToRegexp('/x/:y(\\d+)', [], { end: false, strict: true }).source);
