// Core modules: url, querystring, os, assert, util additions (ES5 case).
'use strict';
var url = require('url'), URL = url.URL, URLSearchParams = url.URLSearchParams;
var u = new URL('HTTPS://user:p%20w@Example.COM:443/a/./b/../c%20d/?q=1&r=a+b#frag ment');
console.log(u.href, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.origin);
console.log(u.searchParams.get('r'), u.searchParams.get('q'), u.searchParams.has('x'), String(u));
var rel = ['../x?y=1', '/abs', '?only=q', '#h', '//other.org/p', 'g/h', '', 'http://new.host:8080/p'];
rel.forEach(function (r) { console.log(JSON.stringify(r), new URL(r, 'http://h.com/a/b/c?z=9#f').href); });
['http://[::1]:3000/', 'http://a.com:80/', 'http://x/ space', 'mailto:someone@example.com', 'http://h/é?ü=1#ö', 'file:///tmp/a b'].forEach(function (s) {
  var x = new URL(s);
  console.log(x.href, x.host, x.pathname, x.origin);
});
['not a url', 'http://', 'http://a:99999/', 'http://a b/'].forEach(function (s) {
  try { new URL(s); console.log('parsed', s); } catch (e) { console.log(e.name, e.code, e.message); }
});
console.log(URL.canParse('http://x'), URL.canParse('x'));
var m = new URL('http://h/p?a=1');
m.searchParams.append('b', 'two words');
m.searchParams.set('a', '3');
m.pathname = '/new path';
m.hash = 'top';
m.port = '8080';
console.log(m.href, m.search, JSON.stringify({ u: m }));
m.search = '?z=1';
console.log(m.searchParams.get('z'), m.href);
var sp = new URLSearchParams('?b=2&a=1&b=3&c=%20x+y&e');
sp.sort();
console.log(sp.toString(), sp.getAll('b'), sp.get('c'), sp.get('e'), sp.get('nope'), sp.size);
sp['delete']('b');
var seen = [];
sp.forEach(function (v, k) { seen.push(k + '=' + v); });
console.log(seen, new URLSearchParams({ x: 1, y: 'a&b' }).toString(), new URLSearchParams([['k', 'v'], ['k', 'w']]).toString());
console.log(new URLSearchParams('a=%zz&b=%C3%A9').get('a'), new URLSearchParams('a=%zz&b=%C3%A9').get('b'), new URLSearchParams({ s: '~!*()\'' }).toString());
var lp = url.parse('http://u@host.com:81/p/a?x=1#h', true);
console.log(lp.protocol, lp.auth, lp.host, lp.port, lp.hostname, lp.pathname, lp.path, lp.search, lp.query.x, lp.hash);
console.log(url.format({ protocol: 'https', hostname: 'e.com', pathname: '/x', query: { a: 1 } }));

var qs = require('querystring');
var parsed = qs.parse('a=1&b=2&a=3&c=%20sp+ace&d&=e&f=g=h');
console.log(Object.keys(parsed).sort(), parsed.a, parsed.c, parsed.d, parsed[''], parsed.f);
console.log(qs.stringify({ a: [1, 2], b: 'x y', c: true, d: null, e: "!'()*" }), qs.stringify({ w: 1 }, ';', ':'));
console.log(qs.escape('a b&c'), qs.unescape('a%20b%zz'), qs.parse('a:1;b:2', ';', ':').b, Object.keys(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 })));

var os = require('os');
console.log(JSON.stringify(os.EOL), typeof os.platform(), typeof os.arch(), Array.isArray(os.cpus()), os.cpus().length > 0);
console.log(typeof os.totalmem(), os.totalmem() > 0, os.freemem() <= os.totalmem(), typeof os.uptime(), os.endianness(), require('node:os') === os);

var assert = require('assert');
assert(true); assert.ok(1); assert.equal(1, '1'); assert.strictEqual(NaN, NaN); assert.notStrictEqual(0, -0);
assert.deepEqual({ a: [1, { b: '2' }] }, { a: [1, { b: 2 }] });
assert.deepStrictEqual({ a: [1, { b: 2 }], d: new Date(5) }, { a: [1, { b: 2 }], d: new Date(5) });
assert.notDeepStrictEqual({ a: 1 }, { a: '1' });
assert.throws(function () { throw new TypeError('bad thing'); }, TypeError);
assert.throws(function () { throw new Error('bad thing'); }, /bad/);
assert.throws(function () { throw new Error('bad thing'); }, { message: 'bad thing', name: 'Error' });
assert.doesNotThrow(function () {});
// (deep-equality messages are Node's diffs, which unijs does not draw)
function show(fn) {
  try { fn(); console.log('no throw'); } catch (e) {
    console.log(e.name, e.code, e.operator, e.generatedMessage, /deep/i.test(e.operator) ? '' : JSON.stringify(e.message),
      e instanceof assert.AssertionError, e instanceof Error);
  }
}
show(function () { assert.strictEqual(1, 2); });
show(function () { assert.strictEqual('a', 'b', 'custom message'); });
show(function () { assert.equal(1, 2); });
show(function () { assert.notStrictEqual(1, 1); });
show(function () { assert.throws(function () {}); });
show(function () { assert.fail('boom'); });
show(function () { assert.deepStrictEqual([1, 2], [1, '2']); });
show(function () { assert.deepStrictEqual({ a: 1 }, { a: 1 }); });
show(function () { assert.strict.equal(1, '1'); });
show(function () { assert.ok(0, 'zero is falsy'); });
show(function () { assert.match('abc', /x/); });

var util = require('util');
console.log(util.isDeepStrictEqual([1, { a: 2 }], [1, { a: 2 }]), util.isDeepStrictEqual([1], ['1']), util.types.isDate(new Date()), util.types.isRegExp(/x/));
function Old() {} Old.prototype.hello = function () { return 'hello'; };
function Base() {} Base.prototype.base = function () { return 'base'; };
util.inherits(Old, Base);
var o = new Old();
console.log(o.hello(), o.base(), o instanceof Base, Old.super_ === Base);
