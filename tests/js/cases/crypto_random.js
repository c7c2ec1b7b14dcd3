// crypto: random numbers, checked by structure (lengths, ranges, UUID v4
// form, distinctness, not all zero), and the callback forms' order.
var crypto = require('crypto');

function distinct(list) {
  var seen = {};
  for (var i = 0; i < list.length; i++) {
    if (seen[list[i]]) return false;
    seen[list[i]] = true;
  }
  return true;
}

var sizes = [0, 1, 7, 16, 33, 1000, 5000];
sizes.forEach(function (n) {
  var b = crypto.randomBytes(n);
  console.log('randomBytes', n, Buffer.isBuffer(b), b.length);
});
var bufs = [];
for (var i = 0; i < 20; i++) bufs.push(crypto.randomBytes(16).toString('hex'));
console.log('distinct', distinct(bufs));
var big = crypto.randomBytes(4096), zeros = 0, ones = 0, j;
for (j = 0; j < big.length; j++) { if (big[j] === 0) zeros++; ones += (big[j] >> 3) & 1; }
// a fair source: ~16 zero bytes and ~2048 set bits in 4096 bytes; these
// bounds fail only for a broken generator
console.log('zero bytes plausible', zeros < 100, 'bit 3 plausible', ones > 1700 && ones < 2400);

var filled = crypto.randomFillSync(Buffer.alloc(32));
console.log('randomFillSync', filled.length, !filled.equals(Buffer.alloc(32)));
var part = crypto.randomFillSync(Buffer.alloc(16), 4, 8);
console.log('partial fill keeps edges', part.readUInt32BE(0) === 0 && part.readUInt32BE(12) === 0);
console.log('same buffer back', crypto.randomFillSync(filled) === filled);

var uuids = [];
for (i = 0; i < 50; i++) uuids.push(crypto.randomUUID());
var re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
console.log('uuid v4 form', uuids.every(function (u) { return re.test(u); }), 'distinct', distinct(uuids));

var ints = [], inRange = true;
for (i = 0; i < 200; i++) {
  var v = crypto.randomInt(3, 9);
  if (v < 3 || v >= 9 || v !== Math.floor(v)) inRange = false;
  ints.push(v);
}
console.log('randomInt in [3, 9)', inRange);
var counts = {};
ints.forEach(function (v) { counts[v] = (counts[v] || 0) + 1; });
console.log('randomInt hits every value', Object.keys(counts).length === 6);
console.log('randomInt(1)', crypto.randomInt(1), 'randomInt(-5, -4)', crypto.randomInt(-5, -4));
var wide = crypto.randomInt(Math.pow(2, 48) - 1);
console.log('randomInt wide', wide >= 0 && wide < Math.pow(2, 48) - 1);

var gv = crypto.getRandomValues(Buffer.alloc(24));
console.log('getRandomValues', gv.length, !gv.equals(Buffer.alloc(24)));
var g = Function('return this')();
console.log('webcrypto', typeof crypto.webcrypto.getRandomValues, typeof g.crypto,
  g.crypto === crypto.webcrypto, typeof crypto.webcrypto.randomUUID());
try { crypto.getRandomValues(Buffer.alloc(65537)); } catch (e) { console.log(e.name, e.code, e.message); }
try { crypto.getRandomValues([1, 2]); } catch (e) { console.log(e.name, e.code, e.message); }

var order = [], pending = 4;
function done(line) {
  order.push(line);
  if (--pending === 0) console.log(order[0] + '\n' + order.slice(1).sort().join('\n'));
}
crypto.randomBytes(8, function (err, b) { done('randomBytes ' + err + ' ' + b.length); });
crypto.randomFill(Buffer.alloc(8), 2, function (err, b) { done('randomFill ' + err + ' ' + b.length); });
crypto.randomInt(10, function (err, v) { done('randomInt ' + err + ' ' + (v >= 0 && v < 10)); });
crypto.pbkdf2('pw', 'salt', 2, 20, 'sha1', function (err, k) { done('pbkdf2 ' + err + ' ' + k.toString('hex')); });
order.push('callbacks come later');

// Math.random: in [0, 1), varied
var m = [];
for (i = 0; i < 100; i++) m.push(Math.random());
console.log('Math.random', m.every(function (x) { return x >= 0 && x < 1; }), distinct(m));

// typed arrays
var u8 = crypto.getRandomValues(new Uint8Array(16));
var u32 = crypto.webcrypto.getRandomValues(new Uint32Array(8));
var i16 = crypto.randomFillSync(new Int16Array(8), 2, 4);
console.log('typed', u8.length, u32.length, u32 instanceof Uint32Array, i16[0] === 0 && i16[1] === 0 && i16[6] === 0 && i16[7] === 0);
var any = false;
for (i = 0; i < u32.length; i++) if (u32[i] !== 0) any = true;
console.log('typed filled', any);
try { crypto.getRandomValues(new Float64Array(2)); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(crypto.timingSafeEqual(new Uint8Array([1, 2]), Buffer.from([1, 2])),
  crypto.createHash('sha1').update(new Uint8Array([97, 98, 99])).digest('hex'));
