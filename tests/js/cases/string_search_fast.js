// String search and character access without per-call counting
// (patches/mujs/0130): indexOf/lastIndexOf find bytes with strstr and
// count characters eight ASCII bytes at a time, a String object counts its
// length only when asked, and s.length / s[i] on a string value make no
// String object. The counts must stay character counts (UTF-16 units in
// Node) across ASCII runs of every length next to non-ASCII characters.
function show(label, v) { console.log(label, JSON.stringify(v)); }

var pads = ['', 'a', 'abcdefg', 'abcdefgh', 'abcdefghi', 'abcdefghijklmnopq'];
var wide = ['é', '\u4e2d', 'ö\u00e9', '\u0101\u4e2d\u00df'];
var hits = [];
pads.forEach(function (p1) {
	wide.forEach(function (w) {
		pads.forEach(function (p2) {
			var s = p1 + w + p2 + 'needle' + w + p2 + 'needle' + p1;
			hits.push([s.indexOf('needle'), s.lastIndexOf('needle'), s.indexOf('needle', s.indexOf('needle') + 1),
				s.indexOf(w), s.indexOf(w, p1.length + 1), s.lastIndexOf(w), s.indexOf('x'), s.indexOf('ne', 3),
				s.indexOf('le' + p1), s.length, s[p1.length], s[s.length - 1], s[s.length], s.charAt(p1.length + 1)]);
		});
	});
});
show('hits', hits);

// positions: negative, past the end, fractional, not numbers
var t = 'h\u00e9llo h\u00e9llo h\u00e9llo';
show('pos', [0, 1, 2, 6, 7, 13, 14, 30, 1.7, '3', undefined].map(function (k) {
	return [t.indexOf('llo', k), t.lastIndexOf('llo', k), t.indexOf('h\u00e9', k), t.lastIndexOf('h\u00e9', k)];
}));
show('pos before 0', [-5, -1, NaN].map(function (k) { return [t.indexOf('llo', k), t.indexOf('h\u00e9', k)]; }));

// a long ASCII haystack searched repeatedly from a moving position
var long = '';
for (var i = 0; i < 300; i++) long += 'item' + i + ',';
var at = 0, found = [];
while ((at = long.indexOf('item1', at)) >= 0) { found.push(at); at += 5; }
show('moving', [found.length, found.slice(0, 5), found.slice(-3)]);
show('long last', [long.lastIndexOf('item2'), long.lastIndexOf('item2', 100), long.indexOf('item299,'), long.indexOf('item300')]);

// length and index on values and on String objects; the length of an
// object is counted late, after a property was added
var o = new String('d\u00e9j\u00e0 vu');
o.extra = 1;
show('object', [o.length, o[1], o[7], o[8], Object.keys(o), 3 in o, 8 in o, o.hasOwnProperty(7), o.hasOwnProperty('length')]);
var e = new String('');
show('empty', [e.length, e[0], ''.length, ''[0], Object.keys(e).length]);
String.prototype[9] = 'proto';
String.prototype.lengthy = 'L';
show('inherited', ['abc'[9], 'abc'[2], 'abcdefghijk'[9], 'abc'.lengthy, 'abc'['len' + 'gth']]);
delete String.prototype[9];
var keys = [];
for (var k in 'ab\u00e9') keys.push(k);
show('for-in', keys);
show('case', ['Hello, World! [`@{~]'.toUpperCase(), 'Hello, World! [`@{~]'.toLowerCase(),
	'stra\u00dfe \u00e9t\u00e9 \u0130I'.toUpperCase(), 'STRASSE \u00c9T\u00c9 \u0130I'.toLowerCase()]);
