// The lexer's fast paths (patches/mujs/0141): ASCII characters read and
// buffered without UTF-8 decoding, identifier characters classified by a
// table, keywords found by their first letter. Each is checked against
// the slow path's cases: newlines of every kind (line numbers), non-ASCII
// and escaped identifiers, NUL in strings, text longer than the lexer's
// buffer, every keyword and the words that look like one.
function L() {
	var p = Error.prepareStackTrace;
	Error.prepareStackTrace = function (e, cs) { return cs; };
	var o = {};
	Error.captureStackTrace(o, L);
	var s = o.stack;
	Error.prepareStackTrace = p;
	return s[0].getLineNumber();
}
// line numbers after LF, CRLF, CR, LS and PS, in code, comments and strings
console.log(eval('L()'), eval('\nL()'), eval('1;\r\n2;\rL()'), eval('1;\u2028\u20292;\nL()'),
	eval('/* a\r\nb\n\r*/ L()'), eval('// x\r\nL()'), eval('// x\rL()'), eval('// x\u2028L()'));
console.log(eval('"a\\\r\nb" + L()'), eval('"a\\\rb" + L()'), eval('[\n1,\r2,\r\n3,\u2028L()]').join());
console.log(eval('\t\x0b\x0c \xa0\ufeffL()'), eval('x = 1\n/2/ 1 + L()'), eval('var a = 1\n++a\nL() + a'));

// identifiers: every ASCII identifier character, non-ASCII letters,
// \u escapes, next to every punctuator
var src = [];
var idchars = '$_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
for (var i = 0; i < idchars.length; i++)
	if (!/[0-9]/.test(idchars[i])) src.push('var ' + idchars[i] + idchars + ' = ' + i + ';');
src.push('var \u00e9t\u00e9 = "\u00e9", \u03a9\u03c9 = 2, \u0436\u00fc = 3, x\u00b5 = 4, \\u0061b\\u0063 = 5;');
src.push('var r = [\u00e9t\u00e9, \u03a9\u03c9, \u0436\u00fc, x\u00b5, abc, a\\u0062c];');
var sum = 0;
for (i = 0; i < idchars.length; i++)
	if (!/[0-9]/.test(idchars[i])) src.push('sum += ' + idchars[i] + idchars + ';');
src.push('r.push(sum);');
var punct = '(){}[];,<>+-*%&|^!~?:=.';
src.push('var q = 1, w = [q,q].length+q-q*q%q&q|q^q, e = !q?q:~q, t = {q:q}, y = (q)<(q)>(q);');
src.push('r.push(w, e, t.q, y, q<=q, q>=q, q==q, q!=q, q===q, q!==q, q<<q, q>>q, q>>>q, q&&q, q||q);');
src.push('q+=q; q-=1; q*=3; q/=3; q%=5; q<<=2; q>>=1; q>>>=0; q&=7; q|=8; q^=1; r.push(q, q++, q--, ++q, --q);');
var r = new Function('sum', src.join('\n') + '\nreturn r;')(0);
console.log(JSON.stringify(r), punct.length);

// every keyword, as a keyword and as a property name, and words that
// share a first letter or a prefix with one
var kw = ['break', 'case', 'catch', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'false',
	'finally', 'for', 'function', 'if', 'in', 'instanceof', 'new', 'null', 'return', 'switch', 'this',
	'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with'];
var o = {};
kw.forEach(function (k, j) { o[k] = j; });
console.log(kw.map(function (k) { return eval('o.' + k + ' + o["' + k + '"]'); }).join(','));
var lookalikes = ['a', 'b', 'br', 'breaks', 'c', 'cas', 'cases', 'catcher', 'd', 'de', 'deb', 'defaults', 'deletes',
	'doo', 'e', 'els', 'elsewhere', 'f', 'fals', 'for_', 'fun', 'functions', 'g', 'h', 'i', 'if1', 'in$', 'ins',
	'instance', 'instanceofx', 'j', 'k', 'l', 'm', 'n', 'ne', 'news', 'nul', 'nulls', 'o', 'p', 'q', 'r', 're',
	'returns', 's', 'sw', 'switcher', 't', 'th', 'thi', 'thiss', 'thro', 'throws', 'tru', 'truey', 'tr', 'tryy',
	'type', 'typeofs', 'u', 'v', 'va', 'vars', 'vo', 'voids', 'w', 'wh', 'whiles', 'wi', 'withx', 'x', 'y', 'z',
	'Break', 'IF', 'If', 'NULL', 'True', '_if', '$do', 'zz'];
var decl = lookalikes.map(function (w, j) { return 'var ' + w + ' = ' + j + ';'; }).join('\n');
console.log(new Function(decl + '\nreturn [' + lookalikes.join(',') + '].join(",");')());
var bad = kw.filter(function (k) {
	try { new Function('var ' + k + ' = 1;'); return true; } catch (e) { return !(e instanceof SyntaxError); }
});
console.log('keywords accepted as names:', JSON.stringify(bad));
console.log(eval('typeof void 0'), eval('null === null'), eval('true && !false'), eval('2 in [1,2,3]'),
	eval('[] instanceof Array'), eval('(function () { return this; }).call(7) + 0'), eval('delete o.with'));

// NUL and non-ASCII characters in strings, by escape and as they are
var s1 = 'a\0b\x00c\u0000d', s2 = "\u00e9\u4e2d\ud83d\ude00", s3 = eval('"' + 'x\u0000y' + '"');
console.log(s1.length, s1.charCodeAt(1), s1.charCodeAt(3), s1.charCodeAt(5), s2.length, s2.charCodeAt(2),
	s3.length, s3.charCodeAt(1), JSON.stringify(eval("'\\u00e9\\x41\\t'")));

// text longer than the lexer's 4 KB buffer: strings, identifiers,
// regular expressions and comments, ASCII and not
function rep(s, n) { return new Array(n + 1).join(s); }
var long1 = eval('"' + rep('abcdefgh', 1500) + '"'), long2 = eval('"' + rep('\u00e9a', 3000) + '"');
var longid = 'v' + rep('x7_', 2000);
var long3 = eval('var ' + longid + ' = 42; ' + longid);
var long4 = eval('/' + rep('ab', 3000) + '/').source.length;
var long5 = eval('/*' + rep('-*-', 3000) + '*/ 7');
console.log(long1.length, long2.length, long2.charCodeAt(5998), long3, long4, long5);
