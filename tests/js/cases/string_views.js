// A long tail of a string taken by slice, substring or substr is a view of
// it (patches/mujs/0267): tails of plain strings, of ropes (0265), of
// views (a view of a view holds the first string) and of literals, with
// every kind of bound (negative, past the end, swapped, absent, NaN), with
// multi-byte characters; read in every way (length, index, methods,
// equality, keys, JSON, regexps, concatenation into ropes); kept while the
// strings they came from are dropped and collected (the view must keep
// its string's text alive). Compared with node. It fails when a view's
// text, length in bytes or characters is wrong, or its string is freed
// while the view lives. 1 MB consumed from the front 10 bytes at a time
// runs too: copied at every step, it would not end before the runner's
// hang guard. A part of a this that is not a string (true, a number, an
// object) is a string.
function digest(s) {
  var h = 0;
  for (var i = 0; i < s.length; i += 7) h = (h * 31 + s.charCodeAt(i)) | 0;
  return s.length + '/' + h + '/' + s.slice(0, 6) + '/' + s.slice(-6);
}
var out = [];
var plain = 'abcdefghij'.repeat(300) + 'é€'.repeat(200) + 'tail';
var rope = '';
for (var i = 0; i < 200; i++) rope += 'r' + i + 'ü'.repeat(i % 5) + '-'.repeat(30);
var literal = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum.';
var sources = { plain: plain, rope: rope, literal: literal };
var bounds = [[1], [5], [-1100], [100, undefined], [2, 1e9], [-3000, -1], [NaN], [0], [1200, 50], ['7']];
Object.keys(sources).forEach(function (name) {
  var s = sources[name];
  bounds.forEach(function (b) {
    var a = s.slice.apply(s, b), c = s.substring.apply(s, b), d = s.substr.apply(s, b);
    out.push(name + ' ' + JSON.stringify(b) + ' ' + digest(a) + ' ' + digest(c) + ' ' + digest(d));
  });
  var v = s.slice(3), vv = v.slice(5), vvv = vv.substring(2).substr(1);
  out.push(name + ' chain ' + digest(v) + ' ' + digest(vv) + ' ' + digest(vvv) + ' ' + (vvv === s.slice(11)) + ' ' + (v + vv).length);
  out.push(name + ' read ' + [v.length, v[0], v.charAt(1000), v.charCodeAt(v.length - 1), v.indexOf('é'), v.lastIndexOf('a'),
    v.at(-2), v.includes('tail'), v.endsWith(s.slice(-5)), v.toUpperCase().slice(-8), v.split('-').length,
    v.replace(/[aeiou]/g, '').length, (v.match(/\d+/g) || []).length, JSON.stringify(v.slice(-10)), +(v.length > 1000)].join('|'));
});

// views as keys and in comparisons
var o = {}, m = new Map();
var k1 = plain.slice(2), k2 = ('xy' + plain).slice(4);
o[k1] = 'one'; m.set(k1, 'two');
out.push([k1 === k2, o[k2], m.get(k2), Object.keys(o)[0].length, k1 < k2 + 'a', k1.localeCompare(k2)].join(' '));

// views outliving their strings across collections
var kept = [];
for (var round = 0; round < 300; round++) {
  var src = ('round' + round + ':').repeat(150) + 'é'.repeat(round % 7);
  var junk = [{}, {}, [1, 2], { a: round }];
  var tail = src.slice(9 + round % 11);
  if (round % 30 === 0) kept.push(tail);
  src = null;
}
out.push('kept ' + kept.map(digest).join(' '));

// consuming 1 MB from the front
var input = 'abcdefghij'.repeat(100000), steps = 0;
while (input.length) { input = input.slice(10); steps++; }
var input2 = 'tok,'.repeat(50000), toks = 0;
while (input2) { var at = input2.indexOf(','); toks++; input2 = input2.substring(at + 1); }
out.push('consumed ' + steps + ' ' + toks);
out.forEach(function (l) { console.log(l); });
// this converted: a whole part of a number, a boolean, an object is a string
console.log([String.prototype.slice.call(true), String.prototype.substring.call(12345, 0), String.prototype.substr.call(false, 0),
  String.prototype.slice.call({ toString: function () { return 'obj'; } }), typeof String.prototype.slice.call(true, 0)].join(' '));
