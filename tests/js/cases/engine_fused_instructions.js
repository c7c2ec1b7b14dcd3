// GETLOCAL+GETPROP_S, THIS+GETPROP_S and SETLOCAL+POP run as one
// instruction each (patches/mujs/0234). Every form, in lightweight
// functions and in functions whose locals are captured, with jumps that
// land between what would be a pair, and errors whose line must be the
// property access's. Prints what node prints.
function light(o) { var a = o; return a.x + a.y; }
function captured(o) { var a = o; var f = function () { return a; }; return a.x + f().y; }
console.log('locals:', light({ x: 1, y: 2 }), captured({ x: 3, y: 4 }));

function Pt(x, y) { this.x = x; this.y = y; }
Pt.prototype.sum = function () { return this.x + this.y; };
Pt.prototype.cap = function () { var self = this; return [1].map(function () { return self.x; })[0] + this.y; };
var p = new Pt(5, 6);
console.log('this:', p.sum(), p.cap());

// sloppy functions called without this read the global object's names
globalThis.gname = 'global name';
function sloppyThis() { return this.gname; }
console.log('sloppy this:', sloppyThis());
function strictThis() { 'use strict'; try { return this.gname; } catch (e) { return e.constructor.name; } }
console.log('strict this:', strictThis());

// getters, primitives, arrays, strings
var withGetter = { get g() { return 'got'; } };
function prim(s, n, arr) { var a = s, b = n, c = arr, d = withGetter; return [a.length, b.toFixed(1), c.length, d.g].join(' '); }
console.log('values:', prim('abcd', 2.25, [1, 2, 3]));

// jumps into the middle of would-be pairs
function orProp(a, b) { return (a || b).x; }
function condProp(c, d, e) { return (c ? d : e).x; }
console.log('jumps:', orProp(null, { x: 'b' }), orProp({ x: 'a' }, { x: 'b' }), condProp(true, { x: 'd' }, { x: 'e' }), condProp(0, { x: 'd' }, { x: 'e' }));
function loopFirst(list) {
  var out = [], item, i = 0;
  while (i < list.length) { item = list[i++]; out.push(item.v); }
  return out.join(',');
}
console.log('loop:', loopFirst([{ v: 1 }, { v: 2 }, { v: 3 }]));
function labelled(rows) {
  var n = 0, row;
  outer: for (var i = 0; i < rows.length; i++) {
    row = rows[i];
    for (var j = 0; j < row.cells.length; j++) {
      if (row.cells[j] < 0) continue outer;
      n += row.cells[j];
    }
  }
  return n;
}
console.log('labelled:', labelled([{ cells: [1, 2] }, { cells: [3, -1, 100] }, { cells: [4] }]));

// assignments as statements, and their values still used elsewhere
function assigns(v) { var a, b, c; a = v; b = a + 1; c = b = a * 10; return [a, b, c].join(' '); }
function assignsCaptured(v) { var a, b; a = v; b = a + 2; return (function () { return a + ':' + b; })(); }
console.log('assign:', assigns(3), assignsCaptured(4));

// errors: the line is the property access's, in each form
function lineOf(e) { var m = /:(\d+)(?::\d+)?\)?\s*$/.exec(e.stack.split('\n')[1] || ''); return m ? +m[1] : -1; }
function fromLocal() { var u; return u.x; }
function fromThis() { 'use strict'; return this.x; }
function acrossLines() {
  var u = undefined;
  return u
    .x;
}
[fromLocal, fromThis, acrossLines].forEach(function (f) {
  try { f(); } catch (e) { console.log(f.name, e.constructor.name, lineOf(e) - lineOf(new Error())); }
});
