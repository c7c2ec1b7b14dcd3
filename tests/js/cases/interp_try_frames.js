// try/catch/finally after the interpreter's loop moved out of the
// function that sets the catch point (patches/mujs/0133): OP_TRY returns
// to jsR_run, which calls setjmp in its own frame and runs the loop
// again. Nesting in one function and across calls, exceptions thrown
// from C built-ins and from deep JS frames, leaving a try by return,
// break and continue, strict mode after a caught exception, and property
// access on every kind of value (the ToObject shortcut of 0133).
'use strict';
function show(label, v) { console.log(label, JSON.stringify(v)); }

function nested(n) {
	var log = [];
	try {
		log.push('a');
		try {
			log.push('b');
			if (n === 1) throw new Error('one');
			try {
				log.push('c');
				if (n === 2) null.x;
				if (n === 3) return log.concat('ret');
			} finally {
				log.push('f3');
			}
		} catch (e) {
			log.push('catch2:' + (e instanceof TypeError ? 'TypeError' : e.message));
			if (n === 1) throw e;
		} finally {
			log.push('f2');
		}
		log.push('after');
	} catch (e) {
		log.push('catch1:' + e.message);
	}
	return log;
}
show('nested', [0, 1, 2, 3].map(nested));

function deep(n) { if (n === 0) throw new RangeError('bottom'); return deep(n - 1) + 1; }
function catcher(n) { try { return deep(n); } catch (e) { return e.name + '@' + n; } }
show('deep', [catcher(0), catcher(5), catcher(200)]);

var loop = [];
for (var i = 0; i < 6; i++) {
	try {
		if (i === 1) continue;
		if (i === 4) break;
		if (i % 2 === 0) throw i;
		loop.push('body' + i);
	} catch (x) {
		loop.push('caught' + x);
	} finally {
		loop.push('fin' + i);
	}
}
show('loop', loop);

function sloppyThrower() { return Function('try { undefined.y } catch (e) { return this === undefined ? "strict" : "sloppy"; }')(); }
function strictAfter() { try { sloppyThrower(); JSON.parse('{'); } catch (e) { } return (function () { return this; })() === undefined; }
show('strict', [sloppyThrower(), strictAfter()]);

var natives = [];
[function () { [].reduce(function () {}); }, function () { new Array(-1); }, function () { (1).toFixed(200); },
	function () { JSON.parse('{x'); }, function () { undefined.foo; },
	function () { Object.defineProperty(1, 'x', {}); }].forEach(function (f) {
	try { f(); natives.push('none'); } catch (e) { natives.push(e.name); }
});
show('natives', natives);

function retry(times) {
	var attempts = 0;
	for (;;) {
		try {
			attempts++;
			if (attempts < times) throw new Error('again');
			return attempts;
		} catch (e) {
			if (attempts > 50) return -1;
		}
	}
}
show('retry', [retry(1), retry(3), retry(40)]);

var prim = [1.5, 'str', true, [1, 2], { a: 1 }, function f() {}, /re/g];
show('props', prim.map(function (v) { return [typeof v.toString, v.constructor.name, v.length === undefined ? 'u' : v.length, 'valueOf' in Object(v)]; }));
show('null props', [null, undefined].map(function (v) { try { return v.x; } catch (e) { return e.name; } }));
