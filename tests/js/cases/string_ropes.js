// A long string made by + is its two sides until its text is read
// (patches/mujs/0265, ropes): strings grown by appending, prepending and
// both, in pieces of every size around the bounds (1,024 bytes for a
// rope, 256 for a right side grown in one string, 16 ropes nested on the
// right), with numbers, booleans and multi-byte characters; read in every
// way while they grow and after (length, indexing, methods, comparisons,
// property and Map keys, JSON, RegExp, String objects); kept aside and
// grown further (a rope is never changed by what is made from it); and
// across collections. Compared with node. It fails when a piece lands at
// the wrong place or twice, a length in bytes or characters is wrong, a
// rope's sides are freed while it is still unmade, or a copy is changed.
// A 4 MB string grown in 100-byte pieces runs too: quadratic, it would not
// end before the runner's hang guard.
function digest(s) {
  var h = 0;
  for (var i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return s.length + '/' + h;
}
var out = [];

// appending pieces of every size, reading as it grows
var sizes = [1, 7, 15, 16, 100, 255, 256, 257, 1000, 1023, 1024, 1025, 3000];
sizes.forEach(function (size) {
  var piece = '', s = '', kept = [];
  for (var k = 0; k < size; k++) piece += String.fromCharCode(97 + (k * 7 + size) % 26);
  for (var i = 0; i < 60; i++) {
    s += (i % 5 === 0 ? 'é' : '') + piece + i;
    if (i % 9 === 0) kept.push(s);            // kept aside, then grown past
    if (i % 13 === 0) out.push(size + ':' + i + ':' + s.length + ':' + s.charAt(s.length - 3) + s[Math.floor(s.length / 2)]);
  }
  out.push(size + ' ' + digest(s) + ' ' + kept.map(digest).join(','));
});

// prepending (right sides nested: made every 16 steps), and both ways
var p = '', b = 'middle';
for (var i = 0; i < 200; i++) {
  p = (i % 3 ? 'x' : 'y').repeat(i % 40 + 1) + i + p;
  b = '<' + i + '>'.repeat(i % 20) + b + '[' + 'z'.repeat(i % 300) + ']';
  if (i % 37 === 0) out.push('pb ' + i + ' ' + p.length + ' ' + b.length + ' ' + p.slice(0, 12) + ' ' + b.slice(-8));
}
out.push('prepend ' + digest(p));
out.push('both ' + digest(b));

// ropes of ropes: both sides long
var l = 'L'.repeat(2000), r = 'R'.repeat(1500), lr = l + r, rl = r + l, twice = lr + rl, again = twice + twice;
out.push([lr.length, rl.length, twice.length, again.length, again.indexOf('RL'), again.lastIndexOf('LR'), digest(again)].join(' '));

// read in every way
var s = '';
for (var i = 0; i < 300; i++) s += 'item' + i + (i % 50 ? ',' : '€\n');
out.push([s.length, s.length, s.charCodeAt(1000), s[2000], s.at(-2), s.indexOf('item150'), s.includes('item299'),
  s.startsWith('item0'), s.endsWith('item299,'), s.split('\n').length, s.slice(100, 120), s.substring(3000, 2990),
  s.toUpperCase().slice(0, 12), s.trim().length, s.replace(/item(\d+)/g, '$1').length, (s.match(/item\d+5,/g) || []).length,
  /item299/.test(s), s.search(/item2\d\d/), s.padEnd(s.length + 3, '!').slice(-4), s.concat('end').length].join('|'));
var copy = s, same = ''.concat(s);
out.push([s === copy, s === same, s == same, s < s + 'a', s > 'item', s + '' === s, '' + s === s, typeof s,
  !!s, s ? 'truthy' : 'falsy', +('1'.repeat(1200)) > 1e300, Number('0'.repeat(1100) + '42')].join(' '));
var o = {}, m = new Map(), st = new Set();
var key = 'k'.repeat(700) + 'é'.repeat(300) + '!';
o[key] = 1; m.set(key, 2); st.add(key);
var key2 = 'k'.repeat(700) + 'é'.repeat(300) + '!';
out.push([o[key2], m.get(key2), st.has(key2), Object.keys(o)[0].length, key in o, m.has('k'.repeat(700) + 'é'.repeat(300) + '!')].join(' '));
var json = JSON.stringify({ s: s.slice(0, 50) + s.slice(-50), big: key });
out.push(json.length + ' ' + JSON.parse(json).big.length + ' ' + JSON.stringify(key).length);
var so = new String(s), so2 = Object(key + key);
out.push(so.length + ' ' + so.charAt(5) + ' ' + so2.length + ' ' + (so2 + '').length + ' ' + String(so2).slice(-3));
out.push([s + 1, 1 + s, s + true, null + s, s + undefined].map(function (x) { return x.length; }).join(' '));

// across collections: many ropes made and dropped, some kept
var keep = [];
for (var round = 0; round < 400; round++) {
  var t = '';
  for (var j = 0; j < 30; j++) t += 'r' + round + '-' + j + 'é'.repeat(j % 4) + 'pad'.repeat(20);
  var junk = [{}, {}, {}, [1, 2, 3], { a: t.length }];
  if (round % 40 === 0) keep.push(t);
}
out.push('kept ' + keep.map(function (t) { return t.length + ':' + t.slice(-6); }).join(' '));

// a 4 MB string grown in 100-byte pieces, its length read at each step
var big = '', piece = 'x'.repeat(99) + '\n', steps = 0;
while (big.length < 4000000) { big += piece; steps++; }
out.push('big ' + steps + ' ' + big.length + ' ' + big.indexOf('\n', 3999000) + ' ' + big.split('\n').length);

out.forEach(function (line) { console.log(line); });
