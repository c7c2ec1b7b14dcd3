// eval as a value: get-intrinsic's '%eval%': eval, indirect eval in the global scope
var G = (function () { return this; })();
G.x = 'global';
var intrinsics = { '%eval%': eval, '%parseInt%': parseInt };
console.log(typeof intrinsics['%eval%'], eval.name, eval.length, typeof eval);
function f() {
  var x = 'local';
  var direct = eval('x');
  var indirect = (0, eval)('x');
  var e = eval;
  var viaVar = e('x');
  var viaObj = intrinsics['%eval%']('typeof f');
  return [direct, indirect, viaVar, viaObj];
}
console.log(f());
// indirect eval declares globals and sees the global this
(0, eval)('var declared = 42; function gf() { return 7; }');
console.log(declared, gf(), (0, eval)('this') === (function () { return this; })());
// non-string arguments are returned as is
var o = {};
console.log((0, eval)(o) === o, (0, eval)(5), (0, eval)());
// errors thrown by eval'd code and syntax errors are catchable
try { (0, eval)('throw new TypeError("boom")'); } catch (e) { console.log(e.name, e.message); }
try { (0, eval)('var = ;'); } catch (e) { console.log(e.name); }
// strict code in an indirect eval keeps its vars to itself
(0, eval)('"use strict"; var notGlobal = 1;');
console.log(typeof notGlobal);
// the completion value
console.log((0, eval)('1 + 2; 3 * 4'), [1, 2].map(eval));
// direct eval still sees locals
(function () { var y = 5; console.log(eval('y * 2')); })();
