// JSON.parse: V8's SyntaxError messages word for word (body-parser and
// Koa send err.message to the client on a bad JSON body): unexpected
// token with the text or a window of it, end of input, the "Expected ..."
// of objects and arrays, strings, numbers, literals, trailing text,
// positions in UTF-16 code units, special texts, non-string input, a
// reviver (not called on a bad text).
var emo = '\ud83d\ude00';
var cases = [
  '{bad}', '{"a":1,}', '{"a":1,x}', '{"a":1,', '{1:2}', '{', '{"a"', '{"a" 1}',
  '{"a":1 "b":2}', '{"a":1]', '{"a":}', '{"a":', '[1,]', '[1 2]', '[1}', '[1,2',
  '[', '[1,', '["a" "b"]', '[01]', '', '   \n\t\r', '1 2', '{"a":1}}', '"a" "b"',
  '0x10', '"abc', '"a\nb"', '"\t"', '"\u0000"', '"\\x"', '"\\', '"\\u12"',
  '"\\u00zz"', '"a\\\u0100"', '-', '-a', '[-]', '1.', '1.e5', '1e', '1e+', '01',
  '-01', '+1', '.5', 'tru', 'trux', 't1', 't"', 'nulL', 'f ', '\u00a01',
  '\ufeff1', '\u000b1', '\u00e9x', 'abcdefghijklmnopqrstuvwxyz',
  '{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": x}',
  '{"a": 1, "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb": x, "ccccccccccccccc": 1}',
  '[1,2,3,4,5,6,7,8,9,10,11,12,x]', '{"a":{"b":[1,{"c":tru}]}}',
  '"\u00e9\u00e9" x', '"' + emo + '" x', '["' + emo + emo + '", x' + emo + ']',
  '["' + emo + emo + emo + emo + emo + '",x' + emo + emo + emo + emo + emo + ']',
  emo + emo + emo + emo + emo + emo + emo + emo + emo + emo + emo,
  'undefined', 'NaN', 'Infinity', '[object Object]', 'null x'
];
cases.forEach(function (s) {
  try {
    console.log('parsed', JSON.stringify(s), JSON.stringify(JSON.parse(s)));
  } catch (e) {
    // JSON.stringify: a window may cut a surrogate pair in two
    console.log(e.name, e instanceof SyntaxError, JSON.stringify(e.message));
  }
});
// the window's edges: 21 code units or more get "...", 10 either side
for (var len = 19; len <= 23; len++) {
  for (var pos = 0; pos < len; pos += 1) {
    var s = '';
    for (var i = 0; i < len; i++) s += i < pos ? ' ' : i === pos ? 'x' : String.fromCharCode(97 + i);
    try { JSON.parse(s); } catch (e) { console.log(len, pos, e.message); }
  }
}
[undefined, {}, [1, 2], { toString: function () { return "{x: 1}"; } }].forEach(function (v) {
  try { JSON.parse(v); } catch (e) { console.log(e.message); }
});
try { JSON.parse(); } catch (e) { console.log(e.message); }
console.log(JSON.parse(null), JSON.parse(true), JSON.parse(12), JSON.parse([3]));
var calls = 0;
function count(k, v) { calls++; return v; }
['{x}', '[1] x', '{"a":[1,2}'].forEach(function (s) {
  try { JSON.parse(s, count); } catch (e) { console.log(e.message, calls); }
});
console.log(JSON.stringify(JSON.parse(' {"a":[1,2,{"b":null}],"c":"\\u00e9\\n\\/","d":-0.5e2,"e":{}} ',
  function (k, v) { return typeof v === 'number' ? v * 2 : v; })), calls);
console.log(JSON.stringify(JSON.parse('["\\ud83d\\ude00", "\\u0000", "' + emo + '"]')));
