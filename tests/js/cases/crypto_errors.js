// crypto: Node's error classes, codes and messages for bad input.
var crypto = require('crypto');

function t(label, f) {
  try {
    var r = f();
    console.log(label, 'ok', typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
t('hash unknown', function () { return crypto.createHash('foo'); });
t('hash number', function () { return crypto.createHash(1); });
t('hmac unknown', function () { return crypto.createHmac('foo', 'k'); });
t('hmac key number', function () { return crypto.createHmac('sha1', 1); });
t('hmac no key', function () { return crypto.createHmac('sha1'); });
t('digest twice', function () { var h = crypto.createHash('sha1'); h.digest(); return h.digest(); });
t('update after', function () { var h = crypto.createHash('sha1'); h.digest(); return h.update('a'); });
t('copy after', function () { var h = crypto.createHash('sha1'); h.digest(); return h.copy(); });
t('update number', function () { return crypto.createHash('sha1').update(1); });
t('update object', function () { return crypto.createHash('sha1').update({}); });
t('hmac update after', function () { var h = crypto.createHmac('sha1', 'k'); h.digest(); return h.update('x'); });
t('tse length', function () { return crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')); });
t('tse string', function () { return crypto.timingSafeEqual('a', 'b'); });
t('tse buf2', function () { return crypto.timingSafeEqual(Buffer.from('a'), 'b'); });
t('randomBytes -1', function () { return crypto.randomBytes(-1); });
t('randomBytes str', function () { return crypto.randomBytes('a'); });
t('randomBytes big', function () { return crypto.randomBytes(Math.pow(2, 31)); });
t('randomBytes cb', function () { return crypto.randomBytes(4, 'x'); });
t('randomInt order', function () { return crypto.randomInt(10, 5); });
t('randomInt frac', function () { return crypto.randomInt(1.5); });
t('randomInt range', function () { return crypto.randomInt(Math.pow(2, 48)); });
t('randomInt range2', function () { return crypto.randomInt(-1, Math.pow(2, 48)); });
t('randomInt min', function () { return crypto.randomInt('1', 5); });
t('randomInt cb', function () { return crypto.randomInt(1, 5, 'x'); });
t('pbkdf2 digest', function () { return crypto.pbkdf2Sync('p', 's', 1, 32, 'foo'); });
t('pbkdf2 iter 0', function () { return crypto.pbkdf2Sync('p', 's', 0, 32, 'sha1'); });
t('pbkdf2 iter frac', function () { return crypto.pbkdf2Sync('p', 's', 1.5, 32, 'sha1'); });
t('pbkdf2 iter str', function () { return crypto.pbkdf2Sync('p', 's', '1', 32, 'sha1'); });
t('pbkdf2 keylen', function () { return crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'); });
t('pbkdf2 no digest', function () { return crypto.pbkdf2Sync('p', 's', 1, 32); });
t('pbkdf2 password', function () { return crypto.pbkdf2Sync(1, 's', 1, 32, 'sha1'); });
t('pbkdf2 salt', function () { return crypto.pbkdf2Sync('p', null, 1, 32, 'sha1'); });
t('pbkdf2 no cb', function () { return crypto.pbkdf2('p', 's', 1, 32, 'sha1'); });
t('fill offset', function () { return crypto.randomFillSync(Buffer.alloc(4), 5); });
t('fill size', function () { return crypto.randomFillSync(Buffer.alloc(4), 1, 4); });
t('fill offset type', function () { return crypto.randomFillSync(Buffer.alloc(4), 'a'); });
t('fill buf', function () { return crypto.randomFillSync('abc'); });
t('fill no cb', function () { return crypto.randomFill(Buffer.alloc(4)); });
t('uuid options', function () { return crypto.randomUUID(1); });
t('secret key', function () { return crypto.createSecretKey(1); });
t('hash() input', function () { return crypto.hash('sha1', 1); });
t('hash() alg', function () { return crypto.hash('foo', 'a'); });
