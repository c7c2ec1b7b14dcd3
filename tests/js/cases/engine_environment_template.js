// A call's environment copied from the one its function's first call
// made (patches/mujs/0231): functions whose closures name their locals,
// called many times; every closure must see its own call's values, as in
// node. It fails when a copy mixes calls (a closure seeing another call's
// local), maps a local to the wrong property, or loses a value.
function counter(start, step) {
  var n = start;
  return { next: function () { n += step; return n; }, get: function () { return n; } };
}
var cs = [];
for (var i = 0; i < 300; i++) cs.push(counter(i, i % 7));
for (var r = 0; r < 3; r++) cs.forEach(function (c) { c.next(); });
console.log(cs.map(function (c) { return c.get(); }).join(','));

// parameters, vars and a function declaration captured together, set
// before and after the closure is made
function mixed(a, b) {
  var c = a * 2, d;
  function inner() { return [a, b, c, d, typeof later].join('|'); }
  d = b + '!';
  var later = function () { return a; };
  a = a + 1;
  return inner;
}
var out = [];
for (i = 0; i < 50; i++) out.push(mixed(i, 's' + i)());
console.log(out.slice(0, 5).join(' '), out[49]);

// a parameter named twice: the last one wins, in every call
function twice(x, x) { return function () { return x; }; }
out = [];
for (i = 0; i < 20; i++) out.push(twice(i, -i)());
console.log(out.join(','));

// more than 64 captured locals
function many(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19, p20, p21, p22, p23, p24, p25, p26, p27, p28, p29, p30, p31, p32, p33, p34, p35, p36, p37, p38, p39, p40, p41, p42, p43, p44, p45, p46, p47, p48, p49, p50, p51, p52, p53, p54, p55, p56, p57, p58, p59, p60, p61, p62, p63, p64, p65, p66, p67, p68, p69) {
  return function () { return p0 + p1 + p2 + p3 + p4 + p5 + p6 + p7 + p8 + p9 + p10 + p11 + p12 + p13 + p14 + p15 + p16 + p17 + p18 + p19 + p20 + p21 + p22 + p23 + p24 + p25 + p26 + p27 + p28 + p29 + p30 + p31 + p32 + p33 + p34 + p35 + p36 + p37 + p38 + p39 + p40 + p41 + p42 + p43 + p44 + p45 + p46 + p47 + p48 + p49 + p50 + p51 + p52 + p53 + p54 + p55 + p56 + p57 + p58 + p59 + p60 + p61 + p62 + p63 + p64 + p65 + p66 + p67 + p68 + p69; };
}
out = [];
for (i = 0; i < 5; i++) {
  var args = [];
  for (var k = 0; k < 70; k++) args.push(i * 100 + k);
  out.push(many.apply(null, args)());
}
console.log(out.join(','));

// recursion: each level's environment its own
function rec(n) {
  var m = n * n;
  var g = function () { return m; };
  return n === 0 ? [g()] : rec(n - 1).concat([g()]);
}
console.log(rec(12).join(','));

// arguments beside captured locals; a closure that changes the local later
function withArgs(a) {
  var seen = arguments.length;
  return function (v) { if (v !== undefined) a = v; return a + ':' + seen + ':' + arguments.length; };
}
var w1 = withArgs(1, 2, 3), w2 = withArgs('x');
console.log(w1(), w2(), w1(5), w2(), w1());

// the first call throws half-way; later calls still right
function risky(t) {
  var v = t;
  var f = function () { return v; };
  if (t === 0) throw new Error('zero');
  return f;
}
try { risky(0); } catch (e) { console.log(e.message); }
console.log(risky(1)(), risky(2)());
