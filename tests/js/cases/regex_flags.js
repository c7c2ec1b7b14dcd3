// RegExp flags s, u, y at run time (new RegExp(src, flags), as generated
// code builds them), the flags/dotAll/unicode/sticky properties, lastIndex
// in characters, source and toString.
var re = new RegExp('a.c', 's');
console.log(re.test('a\nc'), /a.c/.test('a\nc'), re.dotAll, re.flags);

// u: a surrogate pair is one character
var smile = '\ud83d\ude00';
console.log(new RegExp('^.$', 'u').test(smile), new RegExp('^.$').test(smile), new RegExp('^..$').test(smile));
console.log(new RegExp('\\u{1F600}', 'u').test('x' + smile), new RegExp('^[\\u{1F600}-\\u{1F64F}]$', 'u').test('\ud83d\ude03'));
console.log(new RegExp('^[^a]$', 'u').test(smile), new RegExp('\\ud83d\\ude00', 'u').exec('ab' + smile).index);
console.log(JSON.stringify((smile + 'a' + smile).split(new RegExp('', 'u')).map(function (s) { return s.length; })));
console.log(JSON.stringify(('a' + smile + 'b').replace(new RegExp('', 'gu'), '-').length), ('a' + smile + 'b').replace(/(?:)/g, '-').length);
try { new RegExp('\\u{110000}', 'u'); } catch (e) { console.log(e.name); }
try { new RegExp('a', 'gg'); } catch (e) { console.log(e.name); }
try { new RegExp('a', 'x'); } catch (e) { console.log(e.name); }

// y: only at lastIndex
var y = new RegExp('o', 'y');
console.log(y.test('foo'), y.lastIndex, y.sticky);
y.lastIndex = 1;
console.log(y.test('foo'), y.lastIndex, y.test('foo'), y.lastIndex, y.test('foo'), y.lastIndex);
var gy = new RegExp('a', 'gy');
console.log(JSON.stringify('aaba'.match(gy)), 'aaba'.replace(gy, 'x'), JSON.stringify('a,b'.split(new RegExp(',', 'y'))));
var tok = new RegExp('\\s*(\\d+|[-+*/()])', 'y'), t, toks = [];
tok.lastIndex = 0;
while ((t = tok.exec(' 12 + (3*4)-5'))) toks.push(t[1]);
console.log(toks.join(' '), tok.lastIndex);
var ys = new RegExp('b', 'y');
console.log('ab'.search(ys), 'ba'.search(ys), 'ab'.replace(ys, 'x'));

// lastIndex counts characters (not bytes) and has no 16-bit limit
var g = /\u00e9/g;
console.log(g.test('\u00e9\u00e9'), g.lastIndex, g.test('\u00e9\u00e9'), g.lastIndex, g.test('\u00e9\u00e9'), g.lastIndex);
var long = new Array(70001).join('a') + 'b';
var gb = /b/g;
console.log(gb.test(long), gb.lastIndex);
var e = /x*/g;
console.log(JSON.stringify('\u00e9\u00e9'.match(e)), '\u00e9\u00e9'.replace(e, '-'));

// flags, source, toString
console.log(new RegExp('a', 'yusmig').flags, /a/gim.flags, new RegExp('a').unicode, new RegExp('a', 'u').unicode);
console.log(new RegExp('a/b').source, String(new RegExp('a/b')), String(new RegExp('\\/')), String(new RegExp('[/]')), String(new RegExp('')));
console.log(JSON.stringify(new RegExp('\n').source), String(new RegExp('x', 'gsy')));
var copy = new RegExp(/ab+c/gi, 'm');
console.log(String(copy), copy.flags, String(RegExp(/x/g, 'i')));

// lastIndex is ToLength'd: negative means 0, past the end fails and resets
var neg = /a/g;
neg.lastIndex = -5;
console.log(neg.test('ba'), neg.lastIndex);
neg.lastIndex = 9;
console.log(neg.exec('ba'), neg.lastIndex);
var yneg = new RegExp('b', 'y');
yneg.lastIndex = -1;
console.log('bb'.replace(yneg, 'x'), yneg.lastIndex);
