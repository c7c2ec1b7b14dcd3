// The compiler's name checks (patches/mujs/0142): "arguments" and "eval",
// the future reserved words, duplicate parameters and the lookup of
// locals compare the first character before the whole name, and
// interned names by pointer. Each check is run with the names it must
// catch and with names that share a first character, a prefix or a
// pointer-equal spelling built at run time.
function outcome(src, args) {
	try {
		var f = Function.apply(null, (args || []).concat([src]));
		return 'ok:' + JSON.stringify(f(1, 2, 3));
	} catch (e) {
		return e.name;
	}
}
var cases = [
	// arguments and eval, and names like them
	['return arguments.length'],
	['var a = arguments; return a[2]'],
	['return typeof eval'],
	['var evaluate = 1, argumentsX = 2, ev = 3, arg = 4; return [evaluate, argumentsX, ev, arg]'],
	['"use strict"; arguments = 1'],
	['"use strict"; eval = 1'],
	['"use strict"; var evals = 1, argument = 2; return evals + argument'],
	['"use strict"; var arguments'],
	['"use strict"; var eval'],
	['"use strict"; try { throw 1 } catch (eval) {}'],
	['"use strict"; try { throw 1 } catch (arguments) {}'],
	['try { throw 5 } catch (evalx) { return evalx }'],
	['return eval("1 + 2")'],
	['var e = eval; return e("3 * 4")'],
	// duplicate and reused names
	['return a + b', ['a', 'b']],
	['return a', ['a', 'a']],
	['"use strict"; return a', ['a', 'a']],
	['"use strict"; return ab + ac', ['ab', 'ac']],
	['var a = 7; var a; return a', ['a']],
	['function a() { return 9 } return a()', ['a']],
	['var x = 1, xy = 2, xyz = 3, y = 4; { var x = 5 } return [x, xy, xyz, y]'],
	// the future reserved words, sloppy and strict, and their neighbours
	['var class = 1'], ['var enum = 1'], ['var export = 1'], ['var extends = 1'],
	['var import = 1'], ['var super = 1'],
	['var classes = 1, enums = 2, exports = 3, extend = 4, imports = 5, sup = 6, c = 7, e = 8, i = 9, s = 10; return [classes, enums, exports, extend, imports, sup, c, e, i, s]'],
	['var implements = 1, interface = 2, package = 3, private = 4, protected = 5, public = 6, static = 7, yield = 8; return [implements, interface, package, private, protected, public, static, yield]'],
	['"use strict"; var implements = 1'], ['"use strict"; var interface = 1'],
	['"use strict"; var package = 1'], ['"use strict"; var private = 1'],
	['"use strict"; var protected = 1'], ['"use strict"; var public = 1'],
	['"use strict"; var static = 1'], ['"use strict"; var yield = 1'],
	['"use strict"; var lets = 1, yields = 2, pack = 3, publics = 4, statics = 5, l = 6, p = 7, y = 8; return [lets, yields, pack, publics, statics, l, p, y]'],
	['return implements', ['implements']],
	['"use strict"; return 1', ['yield']],
	['"use strict"; return yielded', ['yielded']],
];
cases.forEach(function (c) { console.log(c[0], c[1] ? '(' + c[1] + ')' : '', '->', outcome(c[0], c[1])); });

// a local whose name is built at run time (a different string with the
// same text as the name in the code) is still found, in many locals
var names = [];
for (var i = 0; i < 60; i++) names.push('v' + i % 7 + 'x' + i);
var body = names.map(function (n, j) { return 'var ' + n + ' = ' + j + ';'; }).join('') +
	'return [' + names.slice().reverse().join(',') + '].join(",") + [typeof v0x0, typeof v1x999].join()';
console.log(new Function(body)());
console.log(new Function(['p', 'q'].join(''), 'return ' + 'p' + 'q' + ' * 2')(21));
