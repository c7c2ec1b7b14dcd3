// The interpreter's fast paths (patches/mujs/0131): arithmetic,
// comparison and equality on two numbers done in place, increments of a
// number, conditional jumps on a boolean, instructions that cannot
// allocate going on without the collector's check, and calls of light
// functions with their locals pushed inline. Every operator here also
// meets the operands that must take the slow path (strings, objects with
// valueOf, undefined, null, booleans, NaN, -0), in the same loop, so a
// fast path that claimed one of them would show.
function show(label, v) { console.log(label, JSON.stringify(v)); }

var calls = 0;
var obj = { valueOf: function () { calls++; return 7; } };
var vals = [0, -0, 1, 2.5, -3, NaN, Infinity, -Infinity, '4', '', 'x', true, false, null, undefined, obj, [2], [1, 2]];
var ops = {
	add: function (a, b) { return a + b; }, sub: function (a, b) { return a - b; },
	mul: function (a, b) { return a * b; }, div: function (a, b) { return a / b; },
	mod: function (a, b) { return a % b; },
	lt: function (a, b) { return a < b; }, gt: function (a, b) { return a > b; },
	le: function (a, b) { return a <= b; }, ge: function (a, b) { return a >= b; },
	eq: function (a, b) { return a == b; }, ne: function (a, b) { return a != b; },
	seq: function (a, b) { return a === b; }, sne: function (a, b) { return a !== b; }
};
function str(v) { return typeof v === 'number' && v === 0 && 1 / v < 0 ? '-0' : String(v); }
Object.keys(ops).forEach(function (name) {
	var f = ops[name], row = [];
	for (var i = 0; i < vals.length; i++)
		for (var j = 0; j < vals.length; j++)
			row.push(str(f(vals[i], vals[j])));
	show(name, row.join(' '));
});
show('valueOf calls', calls);

// increments and decrements, prefix and postfix, of every kind of value
var inc = vals.map(function (v) {
	var a = v, b = v, c = v, d = v;
	var r = [str(++a), str(b++), str(--c), str(d--)];
	return r.concat([str(a), str(b), str(c), str(d)]).join(',');
});
show('inc', inc);

// conditional jumps: booleans and everything else
var truthy = vals.map(function (v) { var r = ''; if (v) r += 'T'; else r += 'F'; r += v ? 1 : 0; r += (v && 'a') || 'b'; while (v) { r += 'w'; v = false; } return r; });
show('truthy', truthy);
show('comparisons in conditions', vals.map(function (v) { var n = 0; if (v < 1) n += 1; if (v >= 0) n += 2; if (v == 0) n += 4; if (v === 0) n += 8; if (!(v > -1)) n += 16; return n; }));

// a light function with more locals than arguments, fewer, more
// arguments than parameters, and recursion deep enough to use the stack
function light(a, b, c) { var x, y = 1; return [a, b, c, x, y].map(str).join(','); }
show('light', [light(), light(1), light(1, 2, 3, 4, 5)]);
function depth(n) { var a, b, c, d; return n === 0 ? 0 : 1 + depth(n - 1); }
show('depth', depth(500));
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
show('fib', fib(18));

// loops of instructions that skip the collector's check between
// allocating ones: the collector still runs (the heap stays bounded) and
// keeps what is live
var keep = [];
for (var i = 0; i < 20000; i++) {
	var t = { i: i, s: 'v' + i };
	if (i % 1000 === 0) keep.push(t);
}
show('kept', keep.map(function (t) { return t.s + ':' + t.i; }).join(' '));
var sum = 0, k = 0;
while (k < 100000) { sum = sum + k * 2 - 1; k++; }
show('sum', sum);
