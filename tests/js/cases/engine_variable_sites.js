// Each GETVAR and SETVAR site remembers the property it found its name in
// (patches/mujs/0232), as long as it runs in the same environment. Every
// way the answer can change must be seen: a closure run in another
// call's environment, a name deleted (and a delete that moves another
// node of the same tree), a const, a name made an accessor, and new code
// at the address of collected code. Prints what
// node prints; it fails when a site keeps an answer that no longer holds.
// (Not strict: with is needed.)
var modA = 1, modB = 'b';
function readMod() { return modA + modB; }
function writeMod(v) { modA = v; }
var seen = [];
for (var i = 0; i < 5; i++) { writeMod(i); seen.push(readMod()); }
console.log('module vars:', seen.join(' '));

// the same site in the environments of different calls: each closure
// reads its own call's variable, interleaved
function make(v) {
  var own = v;
  return function () { own = own + 1; return own; };
}
var fs = [];
for (i = 0; i < 40; i++) fs.push(make(i * 10));
var sum = [];
for (var r = 0; r < 3; r++) for (i = 0; i < 40; i += 13) sum.push(fs[i]());
console.log('closures:', sum.join(','));

// a const: every write throws, however often the site ran before
const fixed = 3;
function tryWrite() { try { fixed = 4; return 'wrote'; } catch (e) { return e.name; } }
console.log('const:', tryWrite(), tryWrite(), fixed);

// a with object's names read by one site each, deleted one by one: each
// read after a delete finds the module's variable of that name, or
// none, and the others keep their values (a delete may move another
// name's node within the object's tree)
var d3 = 'module d3', d6 = 'module d6';
function readAll(o) {
  with (o) {
    return [typeof d1 === 'undefined' ? '-' : d1, typeof d2 === 'undefined' ? '-' : d2, d3,
      typeof d4 === 'undefined' ? '-' : d4, typeof d5 === 'undefined' ? '-' : d5, d6,
      typeof d7 === 'undefined' ? '-' : d7, typeof d8 === 'undefined' ? '-' : d8].join(' ');
  }
}
var dobj = Object.create(null);
for (i = 1; i <= 8; i++) dobj['d' + i] = i;
var dout = [readAll(dobj), readAll(dobj)];
['d4', 'd3', 'd6', 'd1', 'd8'].forEach(function (n) {
  delete dobj[n];
  dout.push(readAll(dobj), readAll(dobj));
});
dout.forEach(function (l) { console.log('deleted:', l); });

// a with object: its own name, then the name deleted (the prototype's),
// then made an accessor
var outerW = 'outer';
function withRead(o) { with (o) { return w; } }
var proto = { w: 'from the prototype' };
var wobj = Object.create(proto);
wobj.w = 'own';
var ws = [withRead(wobj), withRead(wobj)];
delete wobj.w;
ws.push(withRead(wobj), withRead(wobj));
Object.defineProperty(wobj, 'w', { get: function () { return 'getter'; }, configurable: true });
ws.push(withRead(wobj), withRead(wobj));
console.log('with:', ws.join(' | '));

// new code, again and again, where collected code was: each function
// reads its own global name
globalThis.x1 = 'one';
globalThis.x2 = 'two';
var got = {};
for (i = 0; i < 400; i++) {
  var f = new Function('return ' + (i % 2 ? 'x1' : 'x2') + ' + "/' + i % 3 + '"');
  var v = f();
  got[v] = (got[v] || 0) + 1;
  var junk = [];
  for (var j = 0; j < 50; j++) junk.push({ j: j });
}
console.log('new code:', JSON.stringify(got));
