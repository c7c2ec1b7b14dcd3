// The parser's nodes and the compiler's jump lists live in an arena freed
// whole after each compile (patches/mujs/0140): big sources span many of
// its chunks, break/continue jumps are patched from it, and a compile that
// fails part-way (jumps still pending) frees it too. Every function is
// built from source at run time, so each one is a parse of its own.
function big(n) {
	// n statements of a few dozen nodes each: far more than one chunk
	var src = ['var t = 0, s = "";'];
	for (var i = 0; i < n; i++)
		src.push('t += (' + i + ' * 3 + (t >> 1) % 7) | 0; s = (s + "' + (i % 10) + '").slice(-8);');
	src.push('return [t, s];');
	return new Function(src.join('\n'));
}
console.log(JSON.stringify(big(10)()), JSON.stringify(big(3000)()));

// jumps: labelled loops, continue to an outer label, breaks out of a
// switch inside a loop, a for-in and a do-while
var loops = new Function('n', [
	'var out = [];',
	'outer: for (var i = 0; i < n; i++) {',
	'  inner: for (var j = 0; j < n; j++) {',
	'    if (j > i) continue outer;',
	'    if ((i + j) % 5 === 4) break inner;',
	'    switch ((i * j) % 3) { case 0: out.push("z"); break; case 1: continue inner; default: out.push(i + ":" + j); }',
	'  }',
	'  if (i === n - 2) break outer;',
	'}',
	'var o = { a: 1, b: 2, c: 3 }, k, ks = "";',
	'for (k in o) { if (k === "b") continue; ks += k; }',
	'var d = 0; do { d++; if (d === 3) break; } while (true);',
	'return [out.join(","), ks, d];'
].join('\n'));
console.log(JSON.stringify(loops(7)));

// compiles that fail after jumps were added (the loop's break is pending
// when the compiler meets the assignment to eval), and parses that fail
// part-way through a big source: each is a SyntaxError, and the next
// compile works
function fails(src) {
	try {
		new Function(src);
		return 'compiled';
	} catch (e) {
		return e.name;
	}
}
var results = {};
for (var r = 0; r < 50; r++) {
	var a = fails('"use strict"; while (x) { if (y) break; for (;;) { continue; } eval = 1; }');
	var b = fails('for (;;) { break; }\n' + new Array(400).join('x = [1, 2, {a: 3}];\n') + 'var = 5;');
	var c = fails('switch (1) { case 1: break; default: ) }');
	results[a + ' ' + b + ' ' + c] = (results[a + ' ' + b + ' ' + c] || 0) + 1;
}
console.log(JSON.stringify(results));
console.log(JSON.stringify(big(500)()), loops(4).join('|'));

// eval of many small scripts, one parse each, interleaved with the others
var sum = 0;
for (var e = 0; e < 300; e++)
	sum += eval('(function (q) { var r = 0; for (var i = 0; i < q; i++) { if (i % 2) continue; r += i; } return r; })(' + e % 20 + ')');
console.log(sum);
