// bench/strings.sh's workloads: loops over long strings that a UTF-8
// engine without remembered places (patches/mujs/0261) or ropes (0265)
// runs in time quadratic in the length, a queue emptied by shift (0266)
// and a string consumed from the front by slice (0267). Each prints its milliseconds
// (Date.now) and a check value, so that node's and the image's results
// are compared too.
var n = +(process.argv[2] || 1);
function time(name, f) {
  var t = Date.now(), r = f();
  console.log(name + ' ' + (Date.now() - t) + ' ms ' + r);
}
var text = 'the quick brown fox jumps over the lazy dog \u00e9 '.repeat(Math.ceil(1000000 * n / 47)).slice(0, 1000000 * n);
time('charCodeAt-hash', function () {
  var h = 0;
  for (var i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
});
time('indexOf-loop', function () {
  var c = 0, p = -1;
  while ((p = text.indexOf(' ', p + 1)) !== -1) c++;
  return c;
});
time('exec-loop', function () {
  var c = 0, re = /\w+/g;
  while (re.exec(text)) c++;
  return c;
});
time('append-100B', function () {
  var s = '', piece = 'x'.repeat(99) + '\n';
  while (s.length < 4000000 * n) s += piece;
  return s.length + ':' + s.charCodeAt(s.length - 2);
});
time('append-chunks', function () {
  var body = '', chunk = 'y'.repeat(1460);
  for (var i = 0; i < 3000 * n; i++) body += chunk;
  return body.length;
});
time('shift-queue', function () {
  var q = [], s = 0;
  for (var i = 0; i < 200000 * n; i++) q.push(i);
  while (q.length) s += q.shift();
  return s;
});
time('slice-consume', function () {
  var input = 'abcdefghij'.repeat(100000 * n), steps = 0;
  while (input.length) { input = input.slice(10); steps++; }
  return steps;
});
