// Names the compiled code carries (variables, obj.name, obj.name = v) are
// looked up as interned names without hashing them again, and a variable's
// name is found once for a walk up the whole scope chain
// (patches/mujs/0160): variables at every depth of nested closures, with
// objects (and their prototypes) in the chain, eval'd and implicit
// globals, accessors on the global object and on prototypes, let/const,
// names that exist only as text built at run time, and many distinct
// names (more than the interned-pointer cache holds).
function show(label, v) { console.log(label, JSON.stringify(v)); }

// depth: each level a heavyweight function (it has a closure)
var g0 = 'global';
function outer(a) {
  var v1 = a + 1;
  function mid(b) {
    var v2 = b + v1;
    function inner(c) {
      var v3 = c + v2;
      return function () { v1 += 100; return [g0, a, v1, b, v2, c, v3]; };
    }
    return inner(3);
  }
  return mid(2);
}
var f = outer(1);
show('depth', [f(), f()]);

// with: the object and its prototype are in the chain
var proto = { pw: 'from proto' };
var wobj = Object.create(proto);
wobj.own = 'own';
var own = 'outer own', pw = 'outer pw', neither = 'outer neither';
with (wobj) { show('with', [own, pw, neither]); own = 'set in with'; pw = 'shadowed'; }
show('with after', [wobj.own, wobj.pw, proto.pw, own, pw]);

// implicit and eval'd globals; a global accessor
(function () { implicitGlobal = 'made'; eval('var evalVar = "from eval"'); show('eval', evalVar); })();
show('implicit', [implicitGlobal, typeof evalVar]);
var gets = 0;
Object.defineProperty(globalThis, 'accessed', { get: function () { return ++gets; }, set: function (v) { gets = v * 10; }, configurable: true });
show('global accessor', [accessed, accessed]);
accessed = 5;
show('global setter', [gets, accessed]);

// accessors and read-only properties reached through obj.name
var base = { get twice() { return this.x * 2; }, set twice(v) { this.x = v / 2; } };
Object.defineProperty(base, 'fixed', { value: 'ro', writable: false });
var o = Object.create(base);
o.x = 4;
o.twice = 20;
o.fixed = 'changed?';
show('accessors', [o.x, o.twice, o.fixed, Object.keys(o)]);
(function () { 'use strict'; try { o.fixed = 1; } catch (e) { show('strict ro', e instanceof TypeError); } })();

// let/const: assignment to a constant, a let captured by a closure
function lexical() {
  let early = 1;
  const fixedc = 2;
  try { fixedc = 3; } catch (e) { show('const', e instanceof TypeError); }
  return function () { early += 10; return early + fixedc; };
}
var lex = lexical();
show('closure let', [lex(), lex()]);

// names never written in the code: built from text, then read by a
// compiled name
var built = {};
built['na' + 'me1'] = 'n1';
built[['x', 'y', 'z'].join('')] = 'xyz';
show('built', [built.name1, built.xyz, built.notThere, 'xyz' in built]);
try { notDefinedAnywhere; } catch (e) { show('undeclared', e instanceof ReferenceError); }
show('typeof undeclared', typeof alsoNotDefined);

// many distinct names: more than the cache of interned pointers
var many = {}, sum = 0, i;
for (i = 0; i < 3000; ++i) many['k' + i] = i;
var src = 'var s = 0;';
for (i = 0; i < 1500; i += 7) src += 's += many.k' + i + ';';
eval(src);
for (i = 0; i < 1500; i += 7) sum += i;
show('many', [s, sum]);
