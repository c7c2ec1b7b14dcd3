// Buffer: strings to bytes and back in every encoding.
// (a supplementary character is written as itself: mujs keeps "\ud83d\ude00"
// as a different string, and JSON.stringify writes control characters in
// upper case; show() prints what both agree on)
var samples = ['', 'a', 'hello', 'héllo wörld', '日本語', 'emoji 😀 pair', 'nul\u0000inside', '\u00ff\u0100\u07ff\u0800\uffff', 'a\u0001\u001f~\u007f'];
function show(s) {
  return '"' + s.replace(/[\u0000-\u001f\u007f-\u00a0]/g, function (c) {
    return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4);
  }) + '"';
}
var encs = ['utf8', 'utf-8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'utf16le', 'ucs2', 'UTF8', 'Latin1'];
samples.forEach(function (s) {
  var b = Buffer.from(s);
  console.log(show(s), b, Buffer.byteLength(s), b.toString() === s);
  encs.forEach(function (e) {
    console.log('  ' + e, show(b.toString(e)), Buffer.from(s, e), Buffer.byteLength(s, e));
  });
});
console.log(Buffer.from('68656c6c6f', 'hex').toString(), Buffer.from('6G', 'hex'), Buffer.from('abc', 'hex'), Buffer.from('ABCDEF', 'hex'));
console.log(Buffer.from('aGVsbG8=', 'base64').toString(), Buffer.from('aGVsbG8', 'base64').toString(),
  Buffer.from('aG Vs\nbG8=', 'base64').toString(), Buffer.from('_-8', 'base64'), Buffer.from('/+8=', 'base64url'));
console.log(Buffer.byteLength('aGVsbG8=', 'base64'), Buffer.byteLength('aGVsbG8', 'base64url'), Buffer.byteLength(Buffer.alloc(7)));
[[0xff], [0xc3], [0xc3, 0x28], [0xe2, 0x82], [0xe2, 0x82, 0x41], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80],
 [0xc0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x41, 0x80, 0x42], [0xe0, 0x80, 0x80]].forEach(function (bytes) {
  var s = Buffer.from(bytes).toString();
  var codes = [];
  for (var i = 0; i < s.length; i++) codes.push(s.charCodeAt(i).toString(16));
  console.log(Buffer.from(bytes), codes.join(' '));
});
console.log(Buffer.from('\ud800x').toString('hex'), Buffer.from('x\udc00').toString('hex'), Buffer.from('\ud83d\ude00', 'utf16le'));
var all = [];
for (var i = 0; i < 256; i++) all.push(i);
var ab = Buffer.from(all);
console.log(ab.toString('base64'));
console.log(ab.toString('base64url'));
console.log(Buffer.from(ab.toString('base64'), 'base64').equals(ab), Buffer.from(ab.toString('hex'), 'hex').equals(ab),
  Buffer.from(ab.toString('latin1'), 'latin1').equals(ab), Buffer.from(ab.toString('binary'), 'binary').equals(ab));
console.log(ab.toString('latin1').length, ab.toString('ascii').length, ab.toString('utf16le').slice(0, 100).length, ab.toString().length);
console.log(JSON.stringify(Buffer.from('hello world').toString('utf8', 2, 7)), JSON.stringify(Buffer.from('abc').toString(undefined, -1, 100)),
  JSON.stringify(Buffer.from('abc').toString('hex', 2, 1)));
