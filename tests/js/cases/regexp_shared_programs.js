// RegExp objects of one source share one compiled program
// (patches/mujs/0132): a literal in a function makes a new RegExp each
// time the function runs, and the program of the last source and options
// seen is kept. What belongs to each object must stay its own (lastIndex,
// flags, source), sharing must survive objects dying and programs being
// evicted from the cache (more than its 64 slots), and errors must not be
// cached.
function show(label, v) { console.log(label, JSON.stringify(v)); }

function words(s) { var re = /(\w+)-(\d+)/g, m, out = []; while ((m = re.exec(s))) out.push(m[1] + m[2] + '@' + re.lastIndex); return out; }
show('literal each call', [words('a-1 bb-22'), words('c-3'), words('a-1 bb-22 ccc-333')]);

var r1 = /x(y)?/g, r2 = /x(y)?/g, r3 = /x(y)?/, r4 = /x(y)?/gi, r5 = /x(y)?/y;
r1.lastIndex = 2;
show('own lastIndex', [r1.exec('xy xy').index, r1.lastIndex, r2.exec('xy xy').index, r2.lastIndex, r3.exec('XY xy').index, r3.lastIndex]);
show('own flags', [r1.flags, r3.flags, r4.flags, r5.flags, r4.test('XY'), r3.test('XY'), r5.test('_xy'), r5.lastIndex]);
show('sticky', (function () { var out = []; for (var i = 0; i < 3; i++) { var re = /ab/y; re.lastIndex = i; out.push(re.test('xabab'), re.lastIndex); } return out; })());

// named groups and classes in a shared program
function dates(s) { var m = /(?<y>\d{4})-(?<m>\d\d)/u.exec(s); return m && [m.groups.y, m.groups.m]; }
show('named', [dates('2024-05'), dates('x 1999-12 y'), dates('no')]);

// many sources: the cache's slots are reused while older objects still
// hold their programs
var keep = [];
for (var i = 0; i < 300; i++) keep.push(new RegExp('k' + i + '(\\d+)', i % 2 ? 'g' : ''));
var ok = 0;
for (i = 0; i < 300; i++) { var m = keep[i].exec('zzk' + i + '42'); if (m && m[1] === '42' && keep[i].source === 'k' + i + '(\\d+)') ok++; }
show('many', ok);
for (var round = 0; round < 3; round++) {
	var fresh = [];
	for (i = 0; i < 200; i++) fresh.push(new RegExp('k' + (i * 7 % 300) + '(\\d+)'));
	keep = keep.slice(100).concat(fresh.slice(0, 100));
}
show('after eviction', keep.map(function (re, j) { return re.test('k' + re.source.match(/^k(\d+)/)[1] + '7'); }).filter(Boolean).length);

// invalid sources throw every time, and do not poison the slot
for (i = 0; i < 2; i++) {
	try { new RegExp('a('); show('no throw', i); } catch (e) { show('throws', e.name); }
}
show('valid after invalid', new RegExp('a(b)').exec('xab'));

// clones and copies
var base = /q(u+)/gi;
var copy = new RegExp(base), copy2 = new RegExp(base, 'm');
base.lastIndex = 3;
show('clone', [copy.source, copy.flags, copy.lastIndex, copy2.flags, copy.exec('QUU').slice(), copy2.test('quu')]);
show('replace', ['a.b.c'.replace(/\./g, '-'), 'a.b.c'.replace(/\./g, '+'), 'a1b22'.split(/\d+/), 'AbC'.replace(/[a-z]/gi, function (c) { return c.toLowerCase(); })]);
