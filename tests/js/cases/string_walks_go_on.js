// A walk over a long string goes on from where the last one ended
// (patches/mujs/0261): charCodeAt, s[i], charAt, at, length, slice,
// substring, substr, indexOf with a position, startsWith/endsWith with one,
// padStart, and a global or sticky RegExp's lastIndex, over long strings
// of ASCII, with non-ASCII characters (2 and 3 bytes in UTF-8, and a pair
// of surrogates from escapes) at the start, in the middle and at the end;
// forwards, backwards, jumping about, and across several strings at once
// (more than the places remembered).
// Compared with node. It fails when a remembered place is wrong: a
// character read from the wrong offset, a length of another string, an
// index counted from the wrong start, or a place kept past a collection
// that freed its string (a part makes thousands of long strings, each read
// past its start, and garbage enough for many collections, so that new
// strings take freed ones' addresses).
// Loops over a 600 KB string's characters run too, forwards and backwards:
// quadratic, they would not end before the runner's hang guard.
function digest(h, x) {
  var s = String(x);
  for (var i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}
function fill(unit, n) { return unit.repeat(Math.ceil(n / unit.length)).slice(0, n); }

var samples = {
  ascii: fill('abcdefghijklmnopqrstuvwxyz0123456789', 300),
  startWide: 'é€\ud83d\ude00' + fill('xyz', 200),
  middleWide: fill('0123456789', 100) + 'ü€\ud83d\ude00ä' + fill('klmnop', 150),
  endWide: fill('qwerty', 250) + '€\ud83d\ude00',
  allWide: fill('äö€ß\ud83d\ude00', 180),
  short: 'short é string'
};
var names = Object.keys(samples);
names.forEach(function (name) {
  var s = samples[name], n = s.length, h = 0, i;
  for (i = 0; i < n; i++) h = digest(h, s.charCodeAt(i));        // forwards
  for (i = n - 1; i >= 0; i--) h = digest(h, s[i]);              // backwards
  for (i = 0; i < n; i += 7) h = digest(h, s.charAt(i) + s.at(-i - 1)); // strides
  for (i = 0; i < 200; i++) {                                     // jumping about
    var k = (i * 7919) % (n + 5);
    h = digest(h, s.charCodeAt(k));
    h = digest(h, s.slice(k, k + 13) + '|' + s.substring(k + 20, k) + '|' + s.substr(k, 9));
    h = digest(h, s.slice(-k) .length + ',' + s.slice(k - n, n - 3).length);
  }
  var at = [], p = -1;
  while ((p = s.indexOf(s.charAt(5), p + 1)) !== -1 && at.length < 500) at.push(p);
  h = digest(h, at.join(','));
  h = digest(h, [s.indexOf('', n + 3), s.indexOf('z', n), s.indexOf(s.slice(n - 4), 1), s.startsWith(s.slice(70, 80), 70),
    s.endsWith(s.slice(60, 90), 90), s.padStart(n + 3, '€').slice(0, 5), s.padEnd(n + 2, 'ab').slice(-4)].join(','));
  var re = /[^a-z]+/g, m, found = [];
  while ((m = re.exec(s)) && found.length < 300) found.push(m.index + ':' + m[0].length + ':' + re.lastIndex);
  h = digest(h, found.join(' '));
  var sticky = new RegExp('.{3}', 'y'), parts = 0;
  while (sticky.exec(s)) parts++;
  h = digest(h, parts + ':' + sticky.lastIndex);
  console.log(name, n, h);
});

// several long strings read in turn: more of them than the places kept
var many = [];
for (var j = 0; j < 7; j++) many.push(fill(String.fromCharCode(97 + j) + (j % 2 ? 'é' : 'e') + '-', 400 + j));
var hm = 0;
for (var i = 0; i < 400; i += 3)
  for (var j = 0; j < many.length; j++) hm = digest(hm, many[j].charCodeAt(i) + many[j].length);
console.log('many', hm);

// new long strings where collected ones were, each read past its start
var hn = 0;
for (var r = 0; r < 20000; r++) {
  var junk = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}]; // collections come sooner
  var t = fill(String.fromCharCode(65 + r % 26) + (r % 3 ? 'ß' : '') + r, 70 + r % 50);
  hn = digest(hn, t.charCodeAt(66) + ':' + t.length + ':' + t.slice(64, 69) + ':' + t.indexOf(String(r), 60));
}
console.log('fresh', hn);

// a long loop over a long string's characters
var big = fill('the quick brown fox jumps over the lazy dog \ud83d\ude00 ', 600000), hb = 0;
for (var q = 0; q < big.length; q++) hb = (hb * 31 + big.charCodeAt(q)) | 0;
for (q = big.length - 1; q >= 0; q -= 3) hb = (hb * 31 + big.charCodeAt(q)) | 0;
var words = 0, wre = /\w+/g;
while (wre.exec(big)) words++;
var spaces = 0, sp = -1;
while ((sp = big.indexOf(' ', sp + 1)) !== -1) spaces++;
console.log('big', big.length, hb, words, spaces);
// exec's and match's input is the string searched (0262)
var em = /fox/.exec(big), mm = big.match(/dog/);
console.log(em.index, em.input === big, mm.index, mm.input === big, 'abcb'.match(/b/).input, /c/.exec('abc').input);
