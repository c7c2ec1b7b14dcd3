// __proto__ as node has it (patches/mujs/0245): Object.prototype's
// accessor (Annex B.2.2.1) and an object literal's __proto__: value
// (B.3.1), which sets the prototype, where a computed name, a shorthand
// property and a method make an own property; JSON.parse's own property;
// a value that is neither an object nor null ignored; the errors of a
// non-extensible object, a cycle and a null this; Object.getPrototypeOf
// of a primitive. mujs had none of it: __proto__ was an ordinary name.
// Also a chain changed through __proto__ after a look-up along it was
// remembered (0244). Prints what node prints.
var X = { tag: 'X' }, Z = { tag: 'Z' };
var mid = Object.create(X), leaf = Object.create(mid);
mid.__proto__ = Z;
console.log(leaf.tag, Object.getPrototypeOf(mid) === Z, Object.keys(mid), mid.hasOwnProperty('__proto__'));
var o = {}; o.__proto__ = Z; console.log(o.tag, ({}).__proto__ === Object.prototype, 'x'.__proto__ === String.prototype);
var q = { __proto__: Z }; console.log(q.tag, Object.keys(q).length);
var q2 = { '__proto__': Z, a: 1 }; console.log(q2.tag, Object.keys(q2));
var k = '__proto__';
var c = { [k]: Z }; console.log(c.tag, Object.keys(c), Object.getPrototypeOf(c) === Object.prototype);
var __proto__ = Z; var s = { __proto__ }; console.log(s.tag, Object.keys(s));
var m = { __proto__() { return 1; } }; console.log(typeof m.__proto__, Object.keys(m));
var n = { __proto__: 5 }; console.log(Object.getPrototypeOf(n) === Object.prototype);
var nl = { __proto__: null }; console.log(Object.getPrototypeOf(nl), typeof nl.toString);
var j = JSON.parse('{"__proto__": {"tag": "json"}}'); console.log(j.tag, Object.keys(j));
o.__proto__ = 7; console.log(o.tag);
try { Object.preventExtensions(o); o.__proto__ = X; } catch (e) { console.log(e.name); }
try { X.__proto__ = leaf; } catch (e) { console.log(e.name, e.message); }
var d = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
try { d.get.call(undefined); } catch (e) { console.log(e.name); }
console.log(d.set.call(1, {}), Object.getPrototypeOf(1) === Number.prototype);
try { Object.getPrototypeOf(null); } catch (e) { console.log(e.name); }
var nop = Object.create(null); nop.__proto__ = X; console.log(nop.tag, Object.keys(nop));
for (var key in { __proto__: Z, own: 1 }) console.log('key', key);

// a look-up remembered along a chain, then a prototype of it replaced by
// assignment to __proto__
var P1 = { m: 'P1' }, P2 = { m: 'P2' }, between = Object.create(P1), inst = Object.create(between);
var ms = [inst.m, inst.m];
between.__proto__ = P2;
ms.push(inst.m);
between.__proto__ = null;
ms.push(String(inst.m));
console.log('chain through __proto__:', ms.join(' '));

// a second __proto__: value in one literal is a SyntaxError; a computed
// or shorthand one beside it is not
try { eval('({ __proto__: {}, "__proto__": {} })'); console.log('no error'); } catch (e) { console.log('duplicate:', e.name); }
var twice = eval('({ __proto__: P1, ["__proto__"]: 1 })');
console.log('with a computed one:', twice.m, Object.keys(twice).join());

// a request's header named __proto__: not in req.headers (node's object
// gets it through the setter, which ignores a string), kept in rawHeaders
var http = require('http'), net = require('net');
var srv = http.createServer(function (req, res) {
  console.log('header:', JSON.stringify(Object.keys(req.headers)), Object.getPrototypeOf(req.headers) === Object.prototype,
    req.rawHeaders.join(','));
  res.end('ok');
  srv.close();
});
srv.listen(0, function () {
  var s = net.connect(srv.address().port, '127.0.0.1', function () {
    s.write('GET / HTTP/1.1\r\nHost: x\r\n__proto__: evil\r\nConnection: close\r\n\r\n');
  });
  s.on('data', function () {});
});
