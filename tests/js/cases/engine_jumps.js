// Jumps, conditional jumps and named reads and writes that go straight on
// to the next instruction (patches/mujs/0192): forward jumps and jumps
// not taken skip the checks at the interpreter loop's head, backward ones
// (every loop) pass them. Loops of every form with boolean and
// non-boolean conditions, taken and not, break, continue and labels,
// switch, && || ?: and if/else chains, do-while (a conditional jump
// back), obj.name reads and writes and variables of closures, also while
// the collector runs in a loop that allocates. (That a loop without
// calls still passes the watchdog's check is tests/boot/run.sh's
// watchdog-stuck and watchdog-stuck-do.)
'use strict';
var out = [];
function log() { out.push(Array.prototype.join.call(arguments, ' ')); }

// conditions of every type, taken and not
var conds = [true, false, 0, 1, -1, NaN, '', 'x', null, undefined, {}, [], 0.5];
var s = '';
for (var i = 0; i < conds.length; ++i) {
  var c = conds[i];
  s += (c ? 'T' : 'F');
  if (c) s += 'a'; else s += 'b';
  if (!c) s += 'c';
  s += (c && 'd') || 'e';
  s += (c || 'f') ? 'g' : 'h';
  while (c) { s += 'w'; break; }
  do { s += 'o'; } while (c && s.length < 0);
}
log('conds', s);

// loops: counted, backwards, nested with labels, continue, do-while
var sum = 0;
for (var a = 0; a < 100; ++a) { if (a % 3 === 0) continue; if (a > 90) break; sum += a; }
var k = 10, down = [];
while (k--) if (k & 1) down.push(k);
var pairs = 0;
outer: for (var x = 0; x < 10; ++x) {
  for (var y = 0; y < 10; ++y) {
    if (y > x) continue outer;
    if (x * y > 30) break outer;
    ++pairs;
  }
}
var n = 0, d = 0;
do { n += 3; ++d; } while (n < 50);
var flag = true, flips = 0;
do { flag = !flag; ++flips; } while (!flag || flips < 5);
log('loops', sum, down.join(','), pairs, n, d, flips);

// switch with fall-through and default in the middle
function sw(v) {
  var r = '';
  switch (v) {
  case 1: r += 'one';
  case 2: r += 'two'; break;
  default: r += 'def';
  case 'x': r += 'x'; break;
  case true: r += 'true';
  }
  return r;
}
log('switch', [1, 2, 3, 'x', true, false, '1'].map(sw).join(' '));

// named reads and writes on objects and closures' variables in loops
var o = { count: 0, step: 2, nested: { v: 1 } };
var proto = { inherited: 5 };
var child = Object.create(proto);
child.own = 1;
function counter() {
  var c = 0, missing;
  return function () { c = c + o.step; missing = child.nope; return c + child.inherited + (missing === undefined ? 0 : 100); };
}
var f = counter(), last = 0;
for (var r = 0; r < 1000; ++r) { o.count = o.count + 1; o.nested.v = o.nested.v * 2 % 1009; last = f(); }
log('props', o.count, o.nested.v, last, child.own, child.inherited);

// a loop that allocates, so the collector runs while it jumps back
var keep = [], total = 0;
for (var g = 0; g < 20000; ++g) {
  var obj = { i: g, s: 'v' + g };
  if (g % 1000 === 0) keep.push(obj);
  total += obj.s.length;
}
log('alloc', keep.length, keep[7].s, total);

console.log(out.join('\n'));
