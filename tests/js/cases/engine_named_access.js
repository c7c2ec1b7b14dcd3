// obj.name and obj.name = v on an object whose class has no named
// properties of its own making (plain objects, functions, arguments,
// errors, dates, ...): read by walking the chain in the interpreter loop,
// and a writable own data property stored there (patches/mujs/0163).
// Everything else must take the full path: getters and setters (own and
// inherited), read-only and frozen properties, non-extensible objects,
// and the classes that answer names themselves (arrays, strings,
// regular expressions, typed arrays, Buffers).
'use strict';
function show(label, v) { console.log(label, JSON.stringify(v)); }

var o = { a: 1, b: { c: 2 } };
var chain = o.b.c + o.a;
var r = (o.a = 10);
o.b.c = o.b.c + 1;
show('plain', [chain, r, o.a, o.b.c, o.missing, typeof o.toString]);

// inherited data, getters, setters, setter-only and getter-only accessors
var calls = [];
var proto = {
  inherited: 'from proto',
  get computed() { calls.push('get'); return this.a * 2; },
  set stored(v) { calls.push('set ' + v); this._s = v; },
  set onlySet(v) { calls.push('onlySet ' + v); },
  get onlyGet() { return 'g'; }
};
var child = Object.create(proto);
child.a = 4;
child.stored = 'x';
child.inherited = 'own now';
show('inherited', [child.computed, child._s, child.inherited, proto.inherited, child.onlySet, Object.keys(child)]);
try { child.onlyGet = 1; } catch (e) { show('getter only', e instanceof TypeError); }
child.onlySet = 5;
show('calls', calls);

// own accessors replace data; data replaces nothing it should not
var acc = {};
Object.defineProperty(acc, 'v', { get: function () { return 'getter'; }, set: function (x) { calls.push('own set ' + x); }, configurable: true });
acc.v = 3;
show('own accessor', [acc.v, calls[calls.length - 1]]);
Object.defineProperty(acc, 'v', { value: 'data', writable: true });
acc.v = acc.v + '!';
show('redefined', acc.v);

// read-only, frozen, non-extensible, sealed
var ro = {};
Object.defineProperty(ro, 'k', { value: 1, writable: false });
try { ro.k = 2; } catch (e) { show('read-only', [e instanceof TypeError, ro.k]); }
var fz = Object.freeze({ k: 1 });
try { fz.k = 2; } catch (e) { show('frozen', [e instanceof TypeError, fz.k]); }
var ne = Object.preventExtensions({ k: 1 });
ne.k = 5;
try { ne.added = 1; } catch (e) { show('non-extensible', [e instanceof TypeError, ne.k, ne.added]); }
var se = Object.seal({ k: 1 });
se.k = 7;
show('sealed', se.k);
var inheritsRo = Object.create(ro);
try { inheritsRo.k = 9; } catch (e) { show('inherited read-only', [e instanceof TypeError, inheritsRo.k]); }

// classes that answer names themselves
var arr = [1, 2, 3];
arr.length = 1;
arr.extra = 'e';
show('array', [arr.length, arr.extra, arr]);
var re = /a/g;
re.lastIndex = 3;
show('regexp', [re.lastIndex, re.source, re.global, re.flags]);
try { re.source = 'b'; } catch (e) { show('regexp source', e instanceof TypeError); }
var so = new String('abc');
try { so.length = 1; } catch (e) { show('string length', [e instanceof TypeError, so.length]); }
var ta = new Uint16Array(3);
show('typed', [ta.length, ta.byteLength, ta.BYTES_PER_ELEMENT]);
var buf = Buffer.from('hi');
show('buffer', [buf.length, buf.toString(), typeof buf.slice]);

// functions, arguments, errors, dates, classes, the global object
function F() { this.x = 1; }
F.prototype.y = 2;
F.staticProp = 's';
var fi = new F();
fi.x = fi.x + fi.y;
show('function', [F.staticProp, F.name, F.length, fi.x, fi.y, fi.constructor === F]);
function args() { return [arguments.length, arguments[1]]; }
show('arguments', args(1, 2));
var err = new Error('m');
err.code = 'E';
show('error', [err.message, err.code, err.name]);
function K() { this.f = 1; }
Object.defineProperty(K.prototype, 'g', { get: function () { return this.f + 1; }, set: function (v) { this.f = v; } });
var k = new K();
k.g = 10;
show('prototype accessor', [k.f, k.g, Object.keys(k)]);
globalThis.someGlobal = 3;
show('global', [globalThis.someGlobal, typeof globalThis.JSON.parse]);

// primitives: their wrappers' prototypes
show('primitives', [(5).toFixed(1), 'ab'.length, true.toString(), 'x'.constructor === String]);
try { null.x; } catch (e) { show('null', e instanceof TypeError); }
try { undefined.x = 1; } catch (e) { show('undefined', e instanceof TypeError); }
