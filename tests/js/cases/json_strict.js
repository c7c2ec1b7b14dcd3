// JSON: nothing may follow the value; JSON.stringify is well formed
// (ES2019: lone surrogates escaped) and escapes control characters in
// lower case as V8 does.
var bad = ['1 2', '{} x', '[1] ]', '"a" "b"', 'true false'];
bad.forEach(function (s) {
  try { console.log(JSON.parse(s)); } catch (e) { console.log(e.name); }
});
console.log(JSON.parse(' [1, {"a": "b"}] \n\t'), JSON.parse('2'), JSON.parse('"x" '));
console.log(JSON.stringify('\u0001\u001f\u007f\b\t'), JSON.stringify('\ud800'), JSON.stringify('a\udc00b'), JSON.stringify('\ud83d\ude00'),
  JSON.stringify({ '\ud800': '\udfff' }), JSON.stringify('é€'));
