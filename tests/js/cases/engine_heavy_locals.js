// Locals of functions that are not lightweight: their locals are their
// environment's variables, read and written by name, where a lightweight
// function's are stack slots (patches/mujs/0249 gives the first kind's
// local instructions opcodes of their own when the compiler has decided).
// Each kind: a function with eval, with `with`, with let or const (a
// block scope), one that names `arguments`, one whose inner function has
// eval (all its locals kept), and a lightweight one for comparison; each
// reads a local (GETLOCAL), a local's property (GETLOCALPROP_S), assigns
// one as a value (SETLOCAL) and as a statement (SETLOCALPOP), and lets
// eval or an inner function see the same variables. Prints what node
// prints.
function plain(a, b) {
  var o = { p: a }, c, d;
  c = d = o.p + b;
  d = d * 2;
  return [o.p, c, d, a + b].join(' ');
}

function withEval(a, b) {
  var o = { p: a }, c, d;
  c = d = o.p + b;
  d = d * 2;
  eval('c = c + 100; var e = 7');
  return [o.p, c, d, a + b, e].join(' ');
}

function withWith(a, b) {
  var o = { p: a }, c, d, scope = { q: 5 };
  with (scope) { c = d = o.p + b + q; }
  d = d * 2;
  return [o.p, c, d, a + b].join(' ');
}

function withLet(a, b) {
  var o = { p: a }, c, d;
  let l = 3;
  const k = { p: 4 };
  c = d = o.p + b + l + k.p;
  { let l = 10; d = d + l; }
  d = d * 2;
  return [o.p, c, d, a + b, l, k.p].join(' ');
}

function withArguments(a, b) {
  var o = { p: a }, c, d;
  c = d = o.p + b + arguments.length;
  d = d * 2;
  var args = arguments;
  return [o.p, c, d, a + b, args[0]].join(' ');
}

function innerEval(a, b) {
  var o = { p: a }, c, d;
  c = d = o.p + b;
  function peek(src) { return eval(src); }
  d = d * 2;
  var seen = peek('o.p + c + d');
  peek('c = 1000');
  return [o.p, c, d, a + b, seen].join(' ');
}

function closures(a) {
  var count = 0, box = { n: a };
  function inc() { count = count + 1; box.n = box.n + 1; return count; }
  inc(); inc();
  eval('inc()');
  return [count, box.n].join(' ');
}

var kinds = [plain, withEval, withWith, withLet, withArguments, innerEval, closures];
for (var i = 0; i < kinds.length; i++)
  for (var j = 0; j < 3; j++)
    console.log(kinds[i].name, j, kinds[i](j, 10 * j));

// a script's own (top-level) variables are the global object's
var topLevel = { p: 'top' }, t2;
t2 = topLevel.p + '!';
console.log(t2, typeof globalThis.topLevel);

// the same in a function made at run time
var made = new Function('a', "var o = { p: a }, c; c = o.p + 1; eval('c = c * 3'); return c;");
console.log(made(4), made(5));
