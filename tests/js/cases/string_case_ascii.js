// toLowerCase and toUpperCase (patches/mujs/0258: an ASCII string's
// case mapped on the C stack, or the string itself when nothing changes):
// strings that change and that do not, at the stack copy's bound (255,
// 256, 257 bytes) and past it, with non-ASCII characters (the general
// path), on a String object, a number and a boolean as this, and a
// string equal to its result used as a key. Prints what node prints.
function show(label, s) { console.log(label, JSON.stringify(s), typeof s, s.length); }
var cases = ['content-type', 'Content-Type', 'X-POWERED-BY', 'already lower', 'ALREADY UPPER', '',
  'a', 'Z', '@[`{', 'mixed 123 ABC def', 'tab\tAnd\nNewline'];
cases.forEach(function (s) { show('lower', s.toLowerCase()); show('upper', s.toUpperCase()); });
[254, 255, 256, 257, 1000].forEach(function (n) {
  var up = new Array(n + 1).join('Q'), low = new Array(n + 1).join('q');
  console.log(n, up.toLowerCase() === low, low.toUpperCase() === up, up.toUpperCase() === up,
    low.toLowerCase() === low, (up + 'é').toLowerCase() === low + 'é', (low + 'É').toUpperCase() === up + 'É');
});
show('non-ASCII', 'Ünïcödé STRASSE ß İ'.toLowerCase());
show('non-ASCII', 'Ünïcödé strasse ß i'.toUpperCase());
show('String object', String.prototype.toLowerCase.call(new String('AbC')));
show('String object unchanged', String.prototype.toLowerCase.call(new String('abc')));
show('number', String.prototype.toUpperCase.call(12.5));
show('boolean', String.prototype.toUpperCase.call(true));
var o = {}; o['Key'.toLowerCase()] = 1; o['key'.toLowerCase()] += 1;
console.log(JSON.stringify(o), 'key'.toLowerCase() === 'key');
try { String.prototype.toLowerCase.call(null); } catch (e) { console.log(e.constructor.name); }
