// cookie: parse and serialize.
const cookie = require('cookie');
console.log(cookie.parse('foo=bar; equation=E%3Dmc%5E2; a="quoted"'));
console.log(cookie.serialize('sid', 'a b', { httpOnly: true, maxAge: 3600, path: '/', sameSite: 'lax', secure: true }));
console.log(cookie.serialize('d', 'x', { expires: new Date(Date.UTC(2030, 0, 1)) }));
try { cookie.serialize('bad name', 'x'); } catch (e) { console.log(e.name, e.message); }
