// string_decoder: utf8 sequences split across writes, invalid bytes, utf16le
// surrogate pairs, base64 groups, hex/latin1/ascii, end(), errors.
var SD = require('string_decoder').StringDecoder;
function show(enc, parts) {
  var d = new SD(enc), out = [];
  parts.forEach(function (p) { out.push(JSON.stringify(d.write(Buffer.from(p)))); });
  out.push(JSON.stringify(d.end()));
  console.log(enc, out.join(' '), d.encoding);
}
show('utf8', [[0xE2], [0x82], [0xAC]]);
show('utf8', [[0xE2, 0x82], [0x41]]);
show('utf8', [[0xF0, 0x9F], [0x98, 0x80, 0x41]]);
show('utf8', [[0xE2]]);
show('utf8', [[0xC3]]);
show('utf8', [[0xFF, 0x41]]);
show('utf-8', [[0x80, 0x80]]);
show('utf16le', [[0x61], [0x00, 0x62, 0x00]]);
show('ucs2', [[0x3D, 0xD8], [0x00, 0xDE]]);
show('base64', [[1], [2, 3, 4], [5]]);
show('base64url', [[0xfb, 0xff]]);
show('hex', [[1, 255], [16]]);
show('latin1', [[0xe9, 0x41]]);
show('ascii', [[0x41, 0x42]]);
var d = new SD('utf8');
console.log(JSON.stringify(d.write('already')), JSON.stringify(d.end(Buffer.from([0xE2, 0x82]))));
console.log(JSON.stringify(d.write(Buffer.from([0xAC]))));
try { new SD('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
try { new SD('utf8').write(5); } catch (e) { console.log(e.name, e.code, e.message); }
try { new SD('utf8').write(null); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(new SD().encoding, new SD('UTF-8').encoding, new SD('Binary').encoding);
