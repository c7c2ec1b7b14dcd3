// Function names as ES2015 infers them for anonymous function expressions
// (NamedEvaluation): var/assignment to a name and object literal keys.
var f = function () {};
var g;
g = function () {};
var o = { m: function () {}, 'str key': function () {}, named: function inner() {}, 7: function () {} };
var h = function () { return typeof h; };
var obj = {};
obj.prop = function () {};
console.log(f.name, g.name, o.m.name, o['str key'].name, o.named.name, JSON.stringify(o[7].name), JSON.stringify(obj.prop.name));
console.log(h(), JSON.stringify((function () {}).name), [function () {}][0].name === '');
// the inferred name is not a binding inside the function
var k = function () { return typeof k === 'function' ? 'outer k' : 'none'; };
var kk = k; k = 1;
console.log(kk(), kk.name);
// in stack traces and util.inspect
var thrower = function () { throw new Error('x'); };
try { thrower(); } catch (e) { console.log(/at thrower \(/.test(e.stack)); }
console.log(require('util').inspect({ cb: function () {} }), String(Object.keys(o)));
