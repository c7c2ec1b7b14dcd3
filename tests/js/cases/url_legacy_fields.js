// A legacy Url's own fields: copied from a template in one pass
// (native.ownFields) when that makes what the assignments would, the
// assignments otherwise (an object that already has fields, a setter or
// a read-only field on the way). Keys, their order and values against
// Node's.
var url = require('url');
function show(o) { return JSON.stringify(Object.keys(o)) + ' ' + JSON.stringify(o); }
var u = new url.Url();
console.log(show(u), u instanceof url.Url, Object.getPrototypeOf(u) === url.Url.prototype);
u.protocol = 'http:';
console.log(show(new url.Url()));
['/', '/a/b?x=1&y=2', 'http://u:p@h.example:8080/p/a/t/h?query=string#hash', '//h/p', '?q', '#f', 'mailto:a@b', ''].forEach(function (s) {
  console.log(JSON.stringify(s), show(url.parse(s)), show(url.parse(s, true).query));
});
console.log(url.resolve('/one/two/three', 'four'), url.resolve('http://a/b/c/d;p?q', '../g'), url.format(url.parse('http://x/y?z#w')));
// Url.call on an object with fields of its own: the assignments, after them
var o = { mine: 1 };
url.Url.call(o);
console.log(show(o));
// a subclass whose prototype has a setter: the setter runs, as for the assignments
function Sub() { url.Url.call(this); }
Sub.prototype = Object.create(url.Url.prototype);
var seen = [];
Object.defineProperty(Sub.prototype, 'hash', { set: function (v) { seen.push('hash=' + v); }, get: function () { return 'H'; }, configurable: true });
var s = new Sub();
console.log(show(s), seen.join(','), s.hash);
// a read-only field on the prototype: the assignment fails quietly (sloppy url.js? no: it throws in strict code)
function Ro() { url.Url.call(this); }
Ro.prototype = Object.create(url.Url.prototype);
Object.defineProperty(Ro.prototype, 'port', { value: 'fixed', writable: false });
try { var r = new Ro(); console.log(show(r), r.port); } catch (e) { console.log(e.name); }
// a field added to Url.prototype itself after load is not copied, it is inherited
url.Url.prototype.extra = 'proto';
var e = new url.Url();
console.log(show(e), e.extra, Object.prototype.hasOwnProperty.call(e, 'extra'));
delete url.Url.prototype.extra;
