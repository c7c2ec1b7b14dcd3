// The entropy boot test's app (tests/boot/entropy.sh): which sources the
// machine has, and whether random bytes come out of them.
var crypto = require('crypto');
console.log('sources: ' + crypto.entropySources());
var uuid;
try {
  var b = crypto.randomBytes(64);
  console.log('randomBytes ' + b.length + (b.equals(Buffer.alloc(64)) ? ' all zero' : ' not all zero'));
  uuid = crypto.randomUUID();
  console.log('uuid ' + uuid);
} catch (e) {
  console.log('randomBytes threw: ' + e.message);
  try { crypto.randomUUID(); } catch (e2) { console.log('randomUUID threw too'); }
  try { crypto.getRandomValues(Buffer.alloc(4)); } catch (e3) { console.log('getRandomValues threw too'); }
  // Math.random still works without a source (it is not for secrets)
  var r = Math.random();
  console.log('Math.random ' + (r >= 0 && r < 1));
  process.exit(3);
}
console.log('math ' + Math.random());
