// JSON.parse: strings with and without escapes (patches/mujs/0170 takes a
// string without escapes in one piece, and copies the runs between escapes
// at once), and object members as own data properties: a setter that
// Object.prototype has for a member's name is not run (V8's
// CreateDataProperty; mujs used [[Set]]).
var long = Array(3001).join('a');
var cases = [
  '"abc"', '""', '{"":1}', '"a\\"b"', '"\\u00e9x\\n"', '"é€ü"',
  '{"a":"b","c":["d","e\\\\f"],"g":{"h":"i"}}', '"x\\/y"', '"\\ud83d\\ude00"',
  '"' + long + '"', '"' + long + '\\n' + long + '\\t"', '"\\"' + long + '\\""',
  '{"' + long + '":"' + long + '"}', '["a","bb","ccc","dddddddddddddddddddddddddddddddddddddddd"]',
  '"bad\u0001"', '"tab\there"', '"unterminated', '"unterminated\\n', '{"a":"b" "c":1}', '"\\x"', '"\\u12"',
  '{"a":1,"a":"two"}', '{"__proto__":[1,2]}', '{"k":"\\u0000z"}',
];
cases.forEach(function (c) {
  try {
    var v = JSON.parse(c);
    var s = JSON.stringify(v);
    console.log(s.length > 90 ? s.slice(0, 40) + '...' + s.slice(-40) + ' (' + s.length + ')' : s,
      typeof v === 'string' ? v.length : Object.keys(v).join().slice(0, 20));
  } catch (e) {
    console.log(e.name + ': ' + e.message.slice(0, 120));
  }
});

var calls = [];
Object.defineProperty(Object.prototype, 'viaSetter', {
  set: function (v) { calls.push(v); }, get: function () { return 'inherited'; }, configurable: true
});
var o = JSON.parse('{"viaSetter":5,"other":{"viaSetter":"deep"}}');
console.log(calls.length, o.hasOwnProperty('viaSetter'), o.viaSetter, o.other.viaSetter,
  JSON.stringify(Object.getOwnPropertyDescriptor(o, 'viaSetter')));
delete Object.prototype.viaSetter;
var p = JSON.parse('{"__proto__":{"polluted":true}}');
console.log(Object.keys(p), p.polluted, Object.getPrototypeOf(p) === Object.prototype, {}.polluted);
// with a reviver, the members it sees and the values it returns
console.log(JSON.stringify(JSON.parse('{"a":"x","b":["y","zz"]}', function (k, v) {
  return typeof v === 'string' ? v + '!' + k : v;
})));
// an escape, a quote, a control character or a non-ASCII character at
// each offset of the first 20 bytes (the runs are scanned eight bytes at
// a time)
var out = [];
for (var k = 0; k < 20; k++) {
  var pad = Array(k + 1).join('p');
  var texts = ['"' + pad + '\\n' + pad + '"', '"' + pad + '\\"x"', '"' + pad + '\u0007z"', '"' + pad + 'é' + pad + '"',
    '{"' + pad + '\\\\":"' + pad + '"}', '"' + pad];
  texts.forEach(function (t) {
    try {
      var v = JSON.parse(t);
      out.push(typeof v === 'string' ? v.length + ':' + v.charCodeAt(k) : Object.keys(v)[0].length);
    } catch (e) {
      out.push(e.message);
    }
  });
}
console.log(out.join('|'));
