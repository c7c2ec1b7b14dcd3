// shift, unshift and splice of arrays whose elements are in one block
// (patches/mujs/0266: memmove), against node: queues emptied by shift,
// stacks built by unshift, splice at every place with every count
// (negative, past the end, absent), inserting more or fewer than it
// deletes, results used as arrays afterwards (push, index, length, join,
// holes made after), arrays that are not simple (holes, defined
// properties, array-likes) taking the generic way, valueOf of an argument
// growing the array, and a 100,000-element queue that would not
// empty before the runner's hang guard if each shift walked a tree.
var out = [];
function show(a) { return a.length + ':' + JSON.stringify(a.slice(0, 12)) + (a.length > 12 ? '...' + a[a.length - 1] : ''); }

var q = [];
for (var i = 0; i < 50; i++) q.push(i % 3 ? i : 'x' + i);
var taken = [];
while (q.length > 20) taken.push(q.shift());
q.push('tail'); q.unshift('head', 'h2');
out.push(show(q) + ' ' + show(taken) + ' ' + q.indexOf('tail') + ' ' + q[5]);
out.push([].shift() + ' ' + [].unshift() + ' ' + [1].unshift(0, 0.5) + ' ' + JSON.stringify([1, 2].splice()));

var base = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
var starts = [-12, -3, -1, 0, 1, 4, 9, 10, 15, undefined, 2.7, '3'];
var counts = [undefined, -1, 0, 1, 2, 5, 20, 1.9];
starts.forEach(function (s) {
  counts.forEach(function (c) {
    [[], ['a'], ['a', 'b', 'c']].forEach(function (ins) {
      var a = base.slice(), r = c === undefined && !ins.length ? a.splice(s) : a.splice.apply(a, [s, c].concat(ins));
      a.push('p');
      out.push(String(s) + ',' + String(c) + ',' + ins.length + ' -> ' + show(a) + ' removed ' + show(r));
    });
  });
});

// not simple: a defined property, an array-like, arguments (holes, a
// frozen array and an argument's valueOf that shortens the array differ
// from node the generic way: tests/js/known/array_generic_edges.js)
var defd = [1, 2, 3];
Object.defineProperty(defd, 1, { value: 'two', enumerable: false, writable: true, configurable: true });
defd.shift(); out.push(show(defd));
var like = { 0: 'a', 1: 'b', 2: 'c', length: 3 };
out.push(Array.prototype.shift.call(like) + ' ' + JSON.stringify(like));
Array.prototype.unshift.call(like, 'z'); out.push(JSON.stringify(like));
(function () { out.push(Array.prototype.shift.call(arguments) + ' ' + arguments.length); })(7, 8, 9);

// valueOf of an argument grows the array under splice
var growing = [1, 2, 3];
var removed = growing.splice(1, { valueOf: function () { growing.push(4, 5, 6); return 1; } }, 'n');
out.push(show(growing) + ' ' + show(removed));

// a big queue, and a stack built by unshift
var big = [];
for (var i = 0; i < 100000; i++) big.push(i);
var sum = 0;
while (big.length) sum += big.shift();
var st = [];
for (var i = 0; i < 3000; i++) st.unshift(i);
var sp = [];
for (var i = 0; i < 3000; i++) sp.splice(i >> 1, 0, i);
out.push(sum + ' ' + show(st) + ' ' + show(sp) + ' ' + sp.reduce(function (a, b) { return a + b; }, 0));
out.forEach(function (l) { console.log(l); });
