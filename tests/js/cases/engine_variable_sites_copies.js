// A variable site whose first environment is a call's copy of its
// function's template (a function whose locals a closure names) is read
// in the interpreter's loop (patches/mujs/0243): its own names by their
// index in the copy, names further out while the copy's next environment
// is the one they were found past. Each answer that changes between runs
// of one site must be seen: calls of one closure in turn with closures of
// other parent calls, recursion (a site run in nested copies), writes,
// many names (indices past the first few), names that are parameters,
// vars and inner functions. Prints what node prints.

// closures of different parent calls, called in turn: the site reading v
// is the same, the copy's next environment differs
function parent(v) {
  var n = 0;
  return function child(d) {
    var own = d * 2;
    var keep = function () { return own + n; };
    n = n + 1;          // a write further out
    own = own + v.length; // an own name, written
    return v + ':' + own + ':' + keep();
  };
}
var c1 = parent('a'), c2 = parent('bb'), c3 = parent('ccc');
var seen = [];
for (var i = 0; i < 4; i++) seen.push(c1(i), c2(i), c3(i), c1(i));
console.log('parents in turn:', seen.join(' '));

// recursion: each level's copy holds its own values at the same indices
function depth(k, acc) {
  var here = 'L' + k, tail = acc + here;
  var show = function () { return here + '<' + tail; };
  if (k === 0) return show();
  var below = depth(k - 1, tail);
  return show() + ' ' + below + ' ' + here; // here again, after the calls below
}
console.log('recursion:', depth(5, ''));

// many names: the ones read sit past the first few of the template
function wide(p0, p1, p2) {
  var v0 = p0 + 1, v1 = p1 + 1, v2 = p2 + 1, v3 = 3, v4 = 4, v5 = 5, v6 = 6, v7 = 7, v8 = 8, v9 = 9;
  var v10 = 10, v11 = 11, v12 = 12, v13 = 13, v14 = 14, v15 = 15, v16 = 16, v17 = 17, v18 = 18, v19 = 19;
  function inner() { return v19 + v0; }
  var f = function () { return inner() + v10; };
  v19 = v19 + p2;
  v15 += p1;
  return [p0, p1, p2, v0, v1, v2, v3, v9, v10, v15, v18, v19, f(), typeof inner].join(',');
}
console.log('wide:', wide(1, 2, 3), '/', wide(10, 20, 30), '/', wide(-1, -2, -3));

// two functions of one shape whose sites alternate: each reads its own
// copy, never the other's
function shapeA(x) { var y = x + 'A'; var g = function () { return y; }; return y + g(); }
function shapeB(x) { var y = x + 'B'; var g = function () { return y; }; return y + g(); }
var alt = [];
for (i = 0; i < 3; i++) alt.push(shapeA(i), shapeB(i));
console.log('alternating functions:', alt.join(' '));

// a name further out: closures made by different calls of one parent
// reach their own call's variable through the same site (one call left
// it undefined); a global of the same name is never read
var shared = 'global';
function maker(hold) {
  if (hold) {
    var shared = 'parent ' + hold;
    return function (t) { var z = t; var q = function () { return z; }; return shared + '/' + q(); };
  }
  return function (t) { var z = t; var q = function () { return z; }; return shared + '/' + q(); };
}
var mk1 = maker('one'), mk0 = maker(''), mk2 = maker('two');
var far = [];
for (i = 0; i < 3; i++) far.push(mk1(i), mk0(i), mk2(i));
shared = 'global changed';
far.push(mk0(9), mk1(9));
console.log('further out:', far.join(' '));

// the collector frees old copies and closures; new ones take their
// addresses; the sites stay right
var sum = 0;
for (i = 0; i < 4000; i++) {
  var cl = parent(String(i % 5));
  var junk = [{ i: i }, [i], 'j' + i];
  sum += cl(i).length + junk.length + depth(1, '').length;
}
console.log('collected:', sum);
