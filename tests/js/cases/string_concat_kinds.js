// String concatenation (patches/mujs/0264: the string made once, where it
// goes): every kind of value on either side, empty sides (the other string
// itself, but true + '' is still 'true'), results around the short
// string's bound (15 bytes in a value), long and multi-byte results, and
// objects converted by valueOf and toString; compared with node. It fails
// when a side is copied short or at the wrong place, a short string is
// read from a slot already overwritten, or an empty side's shortcut keeps
// a value that is not a string.
var kinds = [undefined, null, true, false, 0, -0, 1.5, NaN, -Infinity, 1e21, '', 'a', 'abcdefg', 'abcdefghijklmno',
  'abcdefghijklmnop', 'é€', 'x'.repeat(100), { toString: function () { return 'T'; } },
  { valueOf: function () { return 7; }, toString: function () { return 'no'; } }, [1, [2, 3]], [], function f() {}.name];
function show(v) { return typeof v + ':' + v.length + ':' + JSON.stringify(v); }
var lines = [];
for (var i = 0; i < kinds.length; i++)
  for (var j = 0; j < kinds.length; j++) {
    var a = kinds[i], b = kinds[j];
    if (typeof a !== 'string' && typeof b !== 'string' && (a === null || typeof a !== 'object') && (b === null || typeof b !== 'object')) continue;
    lines.push(show(a + b));
  }
console.log(lines.length);
for (var k = 0; k < lines.length; k += 17) console.log(lines[k]);
var h = 0, all = lines.join('|');
for (var p = 0; p < all.length; p++) h = (h * 31 + all.charCodeAt(p)) | 0;
console.log('digest', h);

// lengths across the short string's bound, built both ways
for (var n = 0; n <= 34; n++) {
  var l = 'L'.repeat(n >> 1), r = 'r'.repeat(n - (n >> 1));
  var s = l + r, t = '' + l + r + '', u = r + l;
  if (s.length !== n || t !== s || u.length !== n || s.charAt(n - 1) !== (n ? 'r' : '')) console.log('bad', n, s, t, u);
}
// a string grown in a loop, and a side that is the result itself
var g = '';
for (var q = 0; q < 300; q++) g = g + String.fromCharCode(48 + q % 10) + (q % 7 ? '' : 'é');
console.log(g.length, g.slice(0, 20), g.slice(-12));
var self = 'ab';
self = self + self; self = self + self; self += self;
console.log(self, self.length);
var x = 12, y = '3';
console.log(x + y, y + x, x + +y, true + '', '' + null, [] + {}, 1 + 2 + '3', '1' + 2 + 3);
