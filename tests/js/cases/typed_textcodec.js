// TextEncoder / TextDecoder (utf-8, utf-16le) as globals and from util.
var enc = new TextEncoder();
var bytes = enc.encode('héllo €𝄞');
console.log(enc.encoding, bytes instanceof Uint8Array, Buffer.isBuffer(bytes), bytes.length, bytes);
console.log(enc.encode(), enc.encode(''), enc.encode('\ud800x'));
var dest = new Uint8Array(5);
console.log(enc.encodeInto('a€bc', dest), dest, enc.encodeInto('𝄞𝄞', new Uint8Array(6)));
var dec = new TextDecoder();
console.log(dec.encoding, dec.fatal, dec.ignoreBOM, dec.decode(bytes), dec.decode(bytes.buffer) === dec.decode(bytes));
console.log(dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).length);
console.log(JSON.stringify(dec.decode(new Uint8Array([0x61, 0xff, 0xc3, 0x62, 0xe2, 0x82]))), dec.decode(), dec.decode(new DataView(bytes.buffer, 0, 1)));
// streaming: a character split across chunks
var sd = new TextDecoder();
var parts = [bytes.subarray(0, 2), bytes.subarray(2, 9), bytes.subarray(9, 11), bytes.subarray(11)];
console.log(parts.map(function (p) { return sd.decode(p, { stream: true }); }).join('|') + '|' + sd.decode());
console.log(new TextDecoder('utf-16le').decode(new Uint8Array([0x41, 0, 0x3d, 0xd8, 0x00, 0xde])),
  new TextDecoder('UTF-8').encoding, new TextDecoder('utf-16le').encoding);
function err(f) { try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); } }
err(function () { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0x61, 0x80])); });
err(function () { new TextDecoder('nope'); });
err(function () { dec.decode('str'); });
console.log(new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xe2, 0x82, 0xac])));
var util = require('util');
console.log(util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder);
