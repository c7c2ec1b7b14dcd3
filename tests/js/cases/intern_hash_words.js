// Property names of every length from 0 to 100 bytes, built at run time
// (so each lookup hashes the name's text: patches/mujs/0172 hashes eight
// bytes at a time, a string of 8 to 63 bytes ending on an overlapping
// word, a longer one by its first and last 32 bytes), and names that
// differ from them in one byte, at each position: every lookup finds the
// right property and no other.
function name(n, at, ch) {
  var s = '';
  for (var i = 0; i < n; i++) s += i === at ? ch : String.fromCharCode(97 + (i * 7) % 26);
  return s;
}
var o = {};
var n, i, bad = [];
for (n = 0; n <= 100; n++) o[name(n)] = n;
for (n = 0; n <= 100; n++) {
  var k = name(n) + ''; // another string, the same text
  if (o[k] !== n || !(k in o) || !o.hasOwnProperty(k)) bad.push('missing ' + n);
  for (i = 0; i < n; i++) {
    var other = name(n, i, 'Z');
    if (other in o) bad.push('found ' + n + '/' + i);
    o[other] = -n;
    if (o[other] !== -n || o[name(n)] !== n) bad.push('mixed ' + n + '/' + i);
    delete o[other];
  }
}
// non-ASCII and U+0000 in names (mujs keeps U+0000 as C0 80)
var odd = ['é', 'éé', '\u0000', 'a\u0000b', '\u4e2d\u6587\u540d\u5b57', Array(70).join('\u00e9')];
odd.forEach(function (k, j) { o[k] = 'odd' + j; });
odd.forEach(function (k, j) { if (o[k.slice(0) + ''] !== 'odd' + j) bad.push('odd ' + j); });
console.log(Object.keys(o).length, bad.length ? bad.slice(0, 5) : 'all found');
console.log(Object.keys(o).slice(0, 12).map(function (k) { return k.length; }).join(','));
var m = JSON.parse(JSON.stringify(o));
console.log(Object.keys(m).every(function (k) { return m[k] === o[k]; }));
