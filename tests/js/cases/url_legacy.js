// The legacy url API (url.parse, url.format, url.resolve, Url) matches
// Node's for relative and absolute inputs: Express's parseurl and many
// older packages depend on it. (url.parse('/x?a=1', true) used to throw
// "Invalid URL".)
var url = require('url');
var util = require('util');

var inputs = [
  '/x?a=1&b=two', '/plain', '/', '', '?q=1', '#frag', '/a/b/../c?x#y',
  'http://example.com', 'http://example.com/', 'HTTP://User:Pa%20ss@Example.COM:8080/p/a/t/h?query=string#hash',
  'https://a.b.c:443', 'http://[::1]:3000/x', 'ftp://ftp.host/file.txt',
  'file:///etc/passwd', 'file://host/share', 'mailto:someone@example.com', 'javascript:alert(1)',
  '//host/path', 'host/path', 'x:y', 'http://a@b@c/d', 'http://x.com/a b<c>"d"{e}|f^g`h',
  'http://x.com\\foo\\bar?a\\b', '  http://trim.me/  ', 'http://x.com/?a=1&a=2&b=%20&c', 'http://x.com:/p',
  'http://x_y.com/', 'http://a.b%c.com/path',
  '/p?a[b]=1&a[c]=2', 'http://user@host', 'http://host?x', 'http://host#y', 'redis://u:p@h:6379/0',
  'mongodb://h1,h2/db', 'urn:isbn:0451450523', '/a?b?c', '/a#b#c', 'http://x.com/%zz', '\thttp://tabs/\n'
];
inputs.forEach(function (s) {
  var u = url.parse(s);
  console.log(JSON.stringify(s), util.inspect(u, { breakLength: Infinity }));
  var q = url.parse(s, true);
  console.log('  query', util.inspect(q.query), 'search', q.search, 'format', url.format(q));
  var h = url.parse(s, false, true);
  console.log('  slashesDenoteHost', h.host, h.pathname, h.href);
});
console.log(url.parse('/x') instanceof url.Url, typeof url.Url.prototype.format);

// format from objects
[
  { protocol: 'http', host: 'example.com', pathname: '/a', search: 'b=1' },
  { protocol: 'https:', hostname: 'x.com', port: 8443, pathname: 'p', query: { a: 1, b: ['x', 'y'] } },
  { protocol: 'file', pathname: '//server/share' },
  { pathname: '/a?b#c', hash: 'h' },
  { protocol: 'mailto', auth: 'user:pw', host: 'h' },
  { hostname: '::1', port: 80, slashes: true },
  { protocol: 'http:', host: 'h', search: '?a#b' }
].forEach(function (o) { console.log(url.format(o)); });
console.log(url.format(new URL('http://u:p@h.com:81/p?q#f'), { auth: false, fragment: false, search: false }));
console.log(url.format('http://x.com/a b'));

// resolve
[
  ['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'],
  ['http://example.com/a/b/c', '../d'], ['http://example.com/a/b/c', './d'], ['http://example.com/a/b/c', '..'],
  ['http://example.com/a/b/c', '../../../../x'], ['http://example.com/a', '//other.com/x'],
  ['http://example.com/a?x', '?y'], ['http://example.com/a?x#f', '#g'], ['http://example.com/a', ''],
  ['http://a/b/c/d;p?q', 'g:h'], ['http://a/b/c/d;p?q', 'g'], ['http://a/b/c/d;p?q', './g'],
  ['http://a/b/c/d;p?q', 'g/'], ['http://a/b/c/d;p?q', '/g'], ['http://a/b/c/d;p?q', '//g'],
  ['http://a/b/c/d;p?q', '?y'], ['http://a/b/c/d;p?q', 'g?y'], ['http://a/b/c/d;p?q', '#s'],
  ['http://a/b/c/d;p?q', 'g#s'], ['http://a/b/c/d;p?q', '.'], ['http://a/b/c/d;p?q', './'],
  ['http://a/b/c/d;p?q', '..'], ['http://a/b/c/d;p?q', '../'], ['http://a/b/c/d;p?q', '../g'],
  ['http://a/b/c/d;p?q', '../..'], ['http://a/b/c/d;p?q', '../../g'], ['http://a/b/c/d;p?q', '../../../g'],
  ['http://a/b/c/d;p?q', 'g.'], ['http://a/b/c/d;p?q', '.g'], ['http://a/b/c/d;p?q', 'g..'],
  ['http://a/b/c/d;p?q', './../g'], ['http://a/b/c/d;p?q', './g/.'], ['http://a/b/c/d;p?q', 'g/./h'],
  ['http://a/b/c/d;p?q', 'g;x=1/../y'], ['http://a/b/c/d;p?q', 'http:g'], ['http://u:p@a/b', 'c'],
  ['mailto:a@b.com', 'mailto:c@d.com'], ['foo/bar', '../baz'], ['foo/bar', '../../../baz'],
  ['/foo/bar', '../../../baz'], ['http://x/a/', 'b/../../c'], ['https://x/', 'http://y/z'],
  ['http://x.com/a', 'https:b'], ['file:///a/b', 'c'], ['', 'http://x/'], ['http://x', 'http://y']
].forEach(function (p) { console.log(JSON.stringify(p), '->', url.resolve(p[0], p[1])); });
console.log(util.inspect(url.resolveObject('http://a/b/c', '../d'), { breakLength: Infinity }));

// bad input
[undefined, null, 42, {}].forEach(function (v) {
  try { url.parse(v); } catch (e) { console.log(e.name, e.code, e.message); }
});
try { url.format(7); } catch (e) { console.log(e.name, e.code, e.message); }
