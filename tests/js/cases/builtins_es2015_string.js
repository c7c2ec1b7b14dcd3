// ES2015-ES2022 String methods, natively in the engine (patches/mujs/0212):
// each step of the spec that a program can see (coercions, positions,
// surrogate pairs counted as two units, errors).
'use strict';
function show(label, f) {
  var r;
  try { r = f(); } catch (e) { r = e.name + ': ' + e.message; }
  console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
}
var astral = '\uD83D\uDE00'; // one astral character: two units
var P = String.prototype;
['startsWith', 'endsWith', 'includes', 'repeat', 'padStart', 'padEnd', 'trimStart', 'trimEnd', 'at', 'trimLeft', 'trimRight'].forEach(function (m) {
  var d = Object.getOwnPropertyDescriptor(P, m);
  console.log(m, typeof d.value, d.value.name, d.value.length, d.enumerable, d.writable, d.configurable);
});
console.log(P.trimLeft === P.trimStart, P.trimRight === P.trimEnd, Object.keys(P).length);

// startsWith / endsWith
show('sw1', function () { return 'unijs'.startsWith('uni'); });
show('sw2', function () { return 'unijs'.startsWith('ijs', 2); });
show('sw3', function () { return 'unijs'.startsWith('uni', -5); });
show('sw4', function () { return 'unijs'.startsWith('', 99); });
show('sw5', function () { return 'unijs'.startsWith('s', 4.9); });
show('sw6', function () { return 'unijs'.startsWith('u', NaN); });
show('sw7', function () { return 'ab'.startsWith('abc'); });
show('sw8', function () { return 'x' + astral + 'y'.startsWith('y', 3); });
show('sw9', function () { return ('x' + astral + 'y').startsWith('y', 3); });
show('sw10', function () { return ('x' + astral + 'y').startsWith('\uDE00', 2); });
show('sw11', function () { return 'abc'.startsWith(/a/); });
show('sw12', function () { return P.startsWith.call(null, 'a'); });
show('sw13', function () { return P.startsWith.call(12345, 23, 1); });
show('sw14', function () { return 'undefined'.startsWith(); });
show('sw15', function () { return 'abc'.startsWith({ toString: function () { return 'ab'; } }); });
show('ew1', function () { return 'unijs'.endsWith('js'); });
show('ew2', function () { return 'unijs'.endsWith('ni', 3); });
show('ew3', function () { return 'unijs'.endsWith('', -1); });
show('ew4', function () { return 'unijs'.endsWith('u', -1); });
show('ew5', function () { return 'unijs'.endsWith('unijs', Infinity); });
show('ew6', function () { return 'unijs'.endsWith('unijsx'); });
show('ew7', function () { return ('a' + astral).endsWith(astral); });
show('ew8', function () { return ('a' + astral).endsWith('\uD83D', 2); });
show('ew9', function () { return ('a' + astral + 'b').endsWith(astral, 3); });
show('ew10', function () { return 'abc'.endsWith(/c/); });
show('ew11', function () { return 'héllo'.endsWith('llo'); });
show('ew12', function () { return 'héllo'.endsWith('é', 2); });
// includes
show('in1', function () { return 'unijs'.includes('ij'); });
show('in2', function () { return 'unijs'.includes('u', 1); });
show('in3', function () { return 'unijs'.includes('', 10); });
show('in4', function () { return 'unijs'.includes('s', -100); });
show('in5', function () { return ''.includes(''); });
show('in6', function () { return ('x' + astral + 'y').includes('y', 3); });
show('in7', function () { return ('x' + astral + 'y').includes('y', 4); });
show('in8', function () { return 'abc'.includes(/b/); });
show('in9', function () { return 'null'.includes(null); });
show('in10', function () { return P.includes.call(undefined, 'a'); });
show('io1', function () { return 'abc'.indexOf('', 10); });
show('io2', function () { return 'abc'.indexOf('', 2); });
// repeat
show('re1', function () { return 'ab'.repeat(3); });
show('re2', function () { return 'ab'.repeat(0); });
show('re3', function () { return 'ab'.repeat(2.9); });
show('re4', function () { return 'ab'.repeat('2'); });
show('re5', function () { return 'ab'.repeat(NaN); });
show('re6', function () { return 'ab'.repeat(-0.5); });
show('re7', function () { return 'ab'.repeat(-1); });
show('re8', function () { return 'ab'.repeat(Infinity); });
show('re9', function () { return 'ab'.repeat(-Infinity); });
show('re10', function () { return ''.repeat(1e10); });
show('re11', function () { return 'ab'.repeat(2e9); });
show('re12', function () { return astral.repeat(2).length; });
show('re13', function () { return 'abcdefgh'.repeat(20).length; });
show('re14', function () { return 'x'.repeat(37); });
show('re15', function () { return P.repeat.call(12, 2); });
show('re16', function () { return 'é'.repeat(17); });
// padStart / padEnd
show('ps1', function () { return '5'.padStart(3, '0'); });
show('ps2', function () { return 'abc'.padStart(10, '123'); });
show('ps3', function () { return 'abc'.padStart(2); });
show('ps4', function () { return 'abc'.padStart(6); });
show('ps5', function () { return 'abc'.padStart(6, ''); });
show('ps6', function () { return 'abc'.padStart(-1, 'x'); });
show('ps7', function () { return 'abc'.padStart(NaN, 'x'); });
show('ps8', function () { return 'abc'.padStart(5.9, 'xy'); });
show('ps9', function () { return 'abc'.padStart(6, undefined); });
show('ps10', function () { return 'abc'.padStart(6, null); });
show('ps11', function () { return 'a'.padStart(4, astral); });
show('ps12', function () { return 'a'.padStart(3, astral).length; });
show('ps13', function () { return 'a'.padStart(Infinity); });
show('ps14', function () { return 'a'.padStart('4', 7); });
show('ps15', function () { return 'abc'.padStart(40, 'héllo'); });
show('pe1', function () { return 'x'.padEnd(4, '-'); });
show('pe2', function () { return 'abc'.padEnd(10, '123'); });
show('pe3', function () { return 'abc'.padEnd(6); });
show('pe4', function () { return 'a'.padEnd(4, astral); });
show('pe5', function () { return ''.padEnd(3, 'ab'); });
show('pe6', function () { return P.padEnd.call(7, 3, 0); });
show('pe7', function () { return 'abc'.padEnd(2, { toString: function () { throw new Error('not read'); } }); });
// trim, trimStart, trimEnd
var ws = ' \t\n\v\f\r\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
show('tr1', function () { return (ws + 'a b' + ws).trim(); });
show('tr2', function () { return (ws + 'a b' + ws).trimStart().length; });
show('tr3', function () { return (ws + 'a b' + ws).trimEnd().length; });
show('tr4', function () { return '\u200b x \u200b'.trim(); });
show('tr5', function () { return ('  ' + astral + '  ').trimStart(); });
show('tr6', function () { return ('  ' + astral + '  ').trimEnd(); });
show('tr7', function () { return '   '.trimStart(); });
show('tr8', function () { return '   '.trimEnd(); });
show('tr9', function () { return '\u00a0é\u00a0'.trimLeft(); });
show('tr10', function () { return '\u00a0é\u00a0'.trimRight(); });
show('tr11', function () { return P.trimStart.call(true); });
show('tr12', function () { try { P.trimEnd.call(null); } catch (e) { return e instanceof TypeError; } });
// at
show('at1', function () { return 'abc'.at(0); });
show('at2', function () { return 'abc'.at(-1); });
show('at3', function () { return 'abc'.at(3); });
show('at4', function () { return 'abc'.at(-4); });
show('at5', function () { return 'abc'.at(); });
show('at6', function () { return 'abc'.at('1'); });
show('at7', function () { return 'abc'.at(1.7); });
show('at8', function () { return 'abc'.at(-Infinity); });
show('at9', function () { return (astral + 'z').at(1) === '\uDE00'; });
show('at10', function () { return (astral + 'z').at(-2) === '\uDE00'; });
show('at11', function () { return 'héllo'.at(1); });
show('at12', function () { return ''.at(0); });
