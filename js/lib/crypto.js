// crypto: Node's hashes, HMAC, PBKDF2 and random numbers, on mbedTLS 2.28
// and the machine's entropy sources (js/binding_crypto.c, native.crypto).
// Argument checks and Node's error codes and messages live here; digests,
// PBKDF2 and the CTR-DRBG are mbedTLS's. What exists and how it differs
// from Node: docs/crypto.md.
'use strict';
var errors = require('internal_errors');
var codedError = errors.codedError, argType = errors.argType;

var nc = native.crypto;
if (!nc) throw new Error('crypto: the crypto natives are not linked into this image');

var kMaxLength = 4294967296;
var kMaxInt32 = 2147483647;
var RAND_MAX = 0xffffffffffff; // randomInt: 48 bits, as Node

// ---- errors, as Node words them

function formatNumber(v) {
  var s = String(v);
  if (isFinite(v) && v === Math.floor(v) && Math.abs(v) > 4294967296) {
    var neg = s.charAt(0) === '-', d = neg ? s.slice(1) : s, out = '';
    while (d.length > 3) { out = '_' + d.slice(-3) + out; d = d.slice(0, -3); }
    s = (neg ? '-' : '') + d + out;
  }
  return s;
}

function outOfRange(name, range, v) {
  return codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "' + name +
    '" is out of range. It must be ' + range + '. Received ' + formatNumber(v));
}

function validateFunction(v, name) {
  if (typeof v !== 'function') throw argType(name, 'of type function', v);
}

function validateString(v, name) {
  if (typeof v !== 'string') throw argType(name, 'of type string', v);
}

function isInteger(v) { return typeof v === 'number' && isFinite(v) && Math.floor(v) === v; }
function isSafeInteger(v) { return isInteger(v) && Math.abs(v) <= 9007199254740991; }

function validateInt32(v, name, min, max) {
  if (typeof v !== 'number') throw argType(name, 'of type number', v);
  if (!isInteger(v)) throw outOfRange(name, 'an integer', v);
  if (v < min || v > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, v);
}

// ---- bytes from what Node accepts as binary data
// (ArrayBuffer.isView where the built-ins have it; else by shape, for
// typed arrays packed from core-js without it)
function isView(v) {
  if (v === null || typeof v !== 'object' || typeof ArrayBuffer !== 'function') return false;
  if (typeof ArrayBuffer.isView === 'function') return ArrayBuffer.isView(v);
  return typeof v.byteLength === 'number' && typeof v.byteOffset === 'number' && v.buffer instanceof ArrayBuffer;
}
function isArrayBuffer(v) {
  return typeof ArrayBuffer === 'function' && v instanceof ArrayBuffer;
}
function isBinary(v) { return Buffer.isBuffer(v) || isView(v) || isArrayBuffer(v); }

// A Buffer with v's bytes (v itself when it is a Buffer).
function toBuffer(v, encoding) {
  if (typeof v === 'string') return Buffer.from(v, encoding === 'buffer' ? 'utf8' : encoding);
  if (Buffer.isBuffer(v)) return v;
  if (isView(v)) return Buffer.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
  return Buffer.from(new Uint8Array(v));
}

// digest(encoding): a string in a Buffer encoding, else the Buffer (as Node)
function encodeOut(buf, encoding) {
  if (encoding !== undefined && encoding !== null && typeof encoding !== 'string') encoding = '' + encoding; // as Node
  if (encoding === undefined || encoding === 'buffer' || !Buffer.isEncoding(encoding)) return buf;
  return buf.toString(encoding);
}

// ---- digests
var HASHES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];

// OpenSSL's spellings of the same digests: SHA256, RSA-SHA256, sha-256,
// SHA2-256 ...
// (the usual spellings answered from a table: etag hashes each response
// body with 'sha1'; the expressions are made once, a literal in the
// function was a RegExp compiled at every call)
var HASH_DIRECT = Object.create(null);
HASHES.forEach(function (h) { HASH_DIRECT[h] = h; });
var SHA2_RE = /^sha(?:2)?-?(224|256|384|512)$/, SHA1_RE = /^sha-?(1)$/;
function hashName(algorithm) {
  var n = HASH_DIRECT[algorithm];
  if (n !== undefined) return n;
  n = algorithm.toLowerCase();
  if (n.slice(0, 4) === 'rsa-') n = n.slice(4);
  var m = SHA2_RE.exec(n) || SHA1_RE.exec(n);
  if (m) n = 'sha' + m[1];
  return HASHES.indexOf(n) >= 0 ? n : null;
}

// Node's Hash and Hmac are Transform streams whose stream state is made on
// first use (LazyTransform); here too, when the image carries the stream
// module. It is required by a computed name so that mkimage.sh does not
// pack it (about 80 KB) for crypto alone: an app that streams into a hash
// has required stream (or http, net, fs) itself.
var STREAM = 'stream';
var Transform = null;
try { Transform = require(STREAM).Transform; } catch (e) { Transform = null; }

function LazyTransform(options) {
  this._options = options;
}
if (Transform) {
  LazyTransform.prototype = Object.create(Transform.prototype, {
    constructor: { value: LazyTransform, writable: true, configurable: true }
  });
  ['_readableState', '_writableState', '_transformState'].forEach(function (prop) {
    Object.defineProperty(LazyTransform.prototype, prop, {
      get: function () {
        Transform.call(this, this._options);
        this._writableState.decodeStrings = false;
        return this[prop];
      },
      set: function (val) {
        Object.defineProperty(this, prop, { value: val, enumerable: true, configurable: true, writable: true });
      },
      configurable: true,
      enumerable: true
    });
  });
}

function finalized() {
  return codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
}

// (a string in UTF-8 goes to C as it is: binding_crypto.c encodes it as
// Buffer.from would, without a Buffer per update)
function updateData(self, data, encoding) {
  if (typeof data === 'string' && (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8')) {
    nc.update(self._handle, data);
    return self;
  }
  if (typeof data !== 'string' && !Buffer.isBuffer(data) && !isView(data))
    throw argType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  nc.update(self._handle, toBuffer(data, encoding));
  return self;
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  if (algorithm instanceof Hash) { // copy()
    this._handle = nc.copy(algorithm._handle);
  } else {
    validateString(algorithm, 'algorithm');
    var name = hashName(algorithm);
    this._handle = name && nc.hash(name);
    if (!this._handle) throw new Error('Digest method not supported');
  }
  this._finalized = false;
  LazyTransform.call(this, options);
}
Hash.prototype = Object.create(LazyTransform.prototype, {
  constructor: { value: Hash, writable: true, configurable: true }
});

Hash.prototype.copy = function (options) {
  if (this._finalized) throw finalized();
  return new Hash(this, options);
};
Hash.prototype.update = function (data, encoding) {
  if (this._finalized) throw finalized();
  return updateData(this, data, encoding);
};
// (hex and base64, as written, made in C without a Buffer first: etag
// asks base64 of each response body's hash)
Hash.prototype.digest = function (encoding) {
  if (this._finalized) throw finalized();
  this._finalized = true;
  if (encoding === 'base64' || encoding === 'hex') return nc.digest(this._handle, encoding);
  return encodeOut(nc.digest(this._handle), encoding);
};
Hash.prototype._transform = function (chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};
Hash.prototype._flush = function (callback) {
  this.push(this.digest());
  callback();
};

function keyBytes(key, encoding) {
  if (key instanceof KeyObject) {
    if (key.type !== 'secret')
      throw codedError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
        'Invalid key object type ' + key.type + ', expected secret.');
    return key._key;
  }
  if (typeof key !== 'string' && !isBinary(key))
    throw argType('key', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, ' +
      'KeyObject, or CryptoKey', key);
  return toBuffer(key, encoding);
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  var encoding = options && options.encoding;
  var k = keyBytes(key, encoding);
  var name = hashName(hmac);
  if (!name) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + hmac);
  this._handle = nc.hash(name, k);
  this._finalized = false;
  LazyTransform.call(this, options);
}
Hmac.prototype = Object.create(LazyTransform.prototype, {
  constructor: { value: Hmac, writable: true, configurable: true }
});
Hmac.prototype.update = Hash.prototype.update;
// A second digest() gives an empty result, as in Node.
Hmac.prototype.digest = function (encoding) {
  if (this._finalized) return encodeOut(Buffer.alloc(0), encoding);
  this._finalized = true;
  if (encoding === 'base64' || encoding === 'hex') return nc.digest(this._handle, encoding);
  return encodeOut(nc.digest(this._handle), encoding);
};
Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

exports.Hash = Hash;
exports.Hmac = Hmac;
exports.createHash = function (algorithm, options) { return new Hash(algorithm, options); };
exports.createHmac = function (hmac, key, options) { return new Hmac(hmac, key, options); };
exports.getHashes = function () { return HASHES.slice(); };

// crypto.hash(algorithm, data[, outputEncoding]): one-shot digest (Node 20.12)
exports.hash = function (algorithm, input, outputEncoding) {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !Buffer.isBuffer(input) && !isView(input))
    throw argType('input', 'of type string or an instance of Buffer, TypedArray, or DataView', input);
  if (outputEncoding === undefined) outputEncoding = 'hex';
  else validateString(outputEncoding, 'outputEncoding');
  var name = hashName(algorithm);
  var h = name && nc.hash(name);
  if (!h) throw new Error('Digest method ' + algorithm + ' is not supported');
  nc.update(h, toBuffer(input));
  return encodeOut(nc.digest(h), outputEncoding);
};

// ---- PBKDF2 (PKCS #5 v2.0, RFC 8018 §5.2)
function pbkdf2Args(password, salt, iterations, keylen, digest) {
  if (typeof password !== 'string' && !isBinary(password))
    throw argType('password', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', password);
  if (typeof salt !== 'string' && !isBinary(salt))
    throw argType('salt', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', salt);
  validateInt32(iterations, 'iterations', 1, kMaxInt32);
  validateInt32(keylen, 'keylen', 0, kMaxInt32);
  validateString(digest, 'digest');
  var name = hashName(digest);
  if (!name) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + digest);
  return [toBuffer(password), toBuffer(salt), iterations, keylen, name];
}

exports.pbkdf2Sync = function (password, salt, iterations, keylen, digest) {
  var a = pbkdf2Args(password, salt, iterations, keylen, digest);
  return nc.pbkdf2(a[0], a[1], a[2], a[3], a[4]);
};

exports.pbkdf2 = function (password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') { callback = digest; digest = undefined; }
  var a = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  // Computed now, delivered later: there is no thread pool to run it on.
  var err = null, key;
  try { key = nc.pbkdf2(a[0], a[1], a[2], a[3], a[4]); } catch (e) { err = e; }
  process.nextTick(function () { callback(err, key); });
};

// ---- random numbers: mbedTLS's CTR-DRBG over the machine's entropy
function validateSize(size, name, max) {
  if (typeof size !== 'number') throw argType(name, 'of type number', size);
  if (!(size >= 0 && size <= max)) throw outOfRange(name, '>= 0 && <= ' + max, size);
}

function randomBuffer(n) {
  var b = Buffer.allocUnsafe(n);
  if (n > 0) nc.randomFill(b, 0, n);
  return b;
}

exports.randomBytes = function (size, callback) {
  validateSize(size, 'size', kMaxInt32);
  if (callback !== undefined) validateFunction(callback, 'callback');
  size = Math.floor(size);
  if (callback === undefined) return randomBuffer(size);
  var err = null, buf;
  try { buf = randomBuffer(size); } catch (e) { err = e; }
  process.nextTick(function () { callback(err, buf); });
};
exports.pseudoRandomBytes = exports.rng = exports.prng = exports.randomBytes;

// Fills bytes [offset, offset + size) of a Buffer, TypedArray, DataView or
// ArrayBuffer.
function fillInto(buf, offset, size) {
  if (size === 0) return;
  if (Buffer.isBuffer(buf)) { nc.randomFill(buf, offset, size); return; }
  var r = randomBuffer(size), i;
  var u8 = isView(buf) ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) : new Uint8Array(buf);
  for (i = 0; i < size; i++) u8[offset + i] = r[i];
}

function fillArgs(buf, offset, size) {
  if (!isBinary(buf))
    throw argType('buf', 'an instance of ArrayBuffer or ArrayBufferView', buf);
  var elt = Buffer.isBuffer(buf) || isArrayBuffer(buf) ? 1 : (buf.BYTES_PER_ELEMENT || 1);
  var len = Buffer.isBuffer(buf) ? buf.length : buf.byteLength;
  if (offset === undefined) offset = 0;
  else {
    if (typeof offset !== 'number') throw argType('offset', 'of type number', offset);
    offset *= elt;
  }
  if (!(offset >= 0 && offset <= len)) throw outOfRange('offset', '>= 0 && <= ' + len, offset);
  if (size === undefined) size = len - offset;
  else {
    if (typeof size !== 'number') throw argType('size', 'of type number', size);
    size *= elt;
  }
  if (!(size >= 0 && size <= kMaxInt32)) throw outOfRange('size', '>= 0 && <= ' + kMaxInt32, size);
  if (size + offset > len) throw outOfRange('size + offset', '<= ' + len, size + offset);
  return [Math.floor(offset), Math.floor(size)];
}

exports.randomFillSync = function (buf, offset, size) {
  var a = fillArgs(buf, offset, size);
  fillInto(buf, a[0], a[1]);
  return buf;
};

exports.randomFill = function (buf, offset, size, callback) {
  if (typeof offset === 'function') { callback = offset; offset = undefined; size = undefined; }
  else if (typeof size === 'function') { callback = size; size = undefined; }
  if (!isBinary(buf))
    throw argType('buf', 'an instance of ArrayBuffer or ArrayBufferView', buf);
  validateFunction(callback, 'callback');
  var a = fillArgs(buf, offset, size), err = null;
  try { fillInto(buf, a[0], a[1]); } catch (e) { err = e; }
  process.nextTick(function () { callback(err, buf); });
};

// randomInt([min, ]max[, callback]): uniform in [min, max), by rejection
// sampling of 48-bit values (as Node).
exports.randomInt = function (min, max, callback) {
  var minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) { callback = max; max = min; min = 0; }
  var isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!isSafeInteger(min)) throw argType('min', 'a safe integer', min);
  if (!isSafeInteger(max)) throw argType('max', 'a safe integer', max);
  if (max <= min)
    throw outOfRange('max', 'greater than the value of "min" (' + min + ')', max);
  var range = max - min;
  if (!(range <= RAND_MAX))
    throw outOfRange('max' + (minNotSpecified ? '' : ' - min'), '<= ' + RAND_MAX, range);
  var limit = RAND_MAX - (RAND_MAX % range);
  function draw() {
    for (;;) {
      var b = randomBuffer(6);
      var n = b.readUIntBE(0, 6);
      if (n < limit) return min + (n % range);
    }
  }
  if (isSync) return draw();
  var err, v; // undefined, not null, on success (as Node)
  try { v = draw(); } catch (e) { err = e; }
  process.nextTick(function () { callback(err, v); });
};

var HEX = '0123456789abcdef';
exports.randomUUID = function (options) {
  if (options !== undefined && (typeof options !== 'object' || options === null))
    throw argType('options', 'of type object', options);
  if (options && options.disableEntropyCache !== undefined && typeof options.disableEntropyCache !== 'boolean')
    throw argType('options.disableEntropyCache', 'of type boolean', options.disableEntropyCache);
  var b = randomBuffer(16), s = '', i;
  b[6] = (b[6] & 0x0f) | 0x40; // version 4 (RFC 4122 §4.4)
  b[8] = (b[8] & 0x3f) | 0x80; // variant 10
  for (i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) s += '-';
    s += HEX.charAt(b[i] >> 4) + HEX.charAt(b[i] & 15);
  }
  return s;
};

// ---- Web Crypto's getRandomValues (crypto.webcrypto, globalThis.crypto)
var INTEGER_ARRAYS = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array'];

function domException(name, code, message) {
  var e = new Error(message);
  e.name = name;
  e.code = code;
  return e;
}

function getRandomValues(data) {
  var tag = data !== null && typeof data === 'object' ? Object.prototype.toString.call(data).slice(8, -1) : '';
  if (tag === 'Object' && data.constructor) tag = data.constructor.name;
  if (!Buffer.isBuffer(data) && !(isView(data) && INTEGER_ARRAYS.indexOf(tag) >= 0))
    throw domException('TypeMismatchError', 17, 'The data argument must be an integer-type TypedArray');
  var n = Buffer.isBuffer(data) ? data.length : data.byteLength;
  if (n > 65536)
    throw domException('QuotaExceededError', 22, 'The requested length exceeds 65,536 bytes');
  fillInto(data, 0, n);
  return data;
}
exports.getRandomValues = getRandomValues;
exports.webcrypto = {
  getRandomValues: getRandomValues,
  randomUUID: function () { return exports.randomUUID(); }
};

// ---- comparison in time independent of the contents
exports.timingSafeEqual = function (buf1, buf2) {
  if (!isBinary(buf1))
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  if (!isBinary(buf2))
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "buf2" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  var a = toBuffer(buf1), b = toBuffer(buf2);
  if (a.length !== b.length)
    throw codedError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  var d = 0, i;
  for (i = 0; i < a.length; i++) d |= a[i] ^ b[i];
  return d === 0;
};

// ---- keys: KeyObject of type 'secret' (bytes), 'public' or 'private'
// (RSA or EC, an mbedTLS pk context from native.crypto.keyParse)
function KeyObject(type, handle) {
  if (type !== 'secret' && type !== 'public' && type !== 'private')
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'type' is invalid. Received '" + type + "'");
  if (type === 'secret') Object.defineProperty(this, '_key', { value: handle });
  else Object.defineProperty(this, '_handle', { value: handle });
  Object.defineProperty(this, 'type', { value: type, enumerable: true });
}
function keyInfo(k) {
  if (!k._info) Object.defineProperty(k, '_info', { value: nc.keyInfo(k._handle) });
  return k._info;
}
// mbedTLS's curve names as OpenSSL's (Node's namedCurve) and JOSE's
var CURVES = {
  secp256r1: ['prime256v1', 'P-256'], secp384r1: ['secp384r1', 'P-384'],
  secp521r1: ['secp521r1', 'P-521'], secp256k1: ['secp256k1', 'secp256k1']
};
Object.defineProperty(KeyObject.prototype, 'symmetricKeySize', {
  get: function () { return this.type === 'secret' ? this._key.length : undefined; }, configurable: true
});
Object.defineProperty(KeyObject.prototype, 'asymmetricKeyType', {
  get: function () { return this.type === 'secret' ? undefined : keyInfo(this).type; }, configurable: true
});
// publicExponent is a Number here: there is no BigInt (Node: 65537n)
Object.defineProperty(KeyObject.prototype, 'asymmetricKeyDetails', {
  get: function () {
    if (this.type === 'secret') return undefined;
    var i = keyInfo(this);
    if (i.type === 'rsa') return { modulusLength: i.bits, publicExponent: i.e };
    return { namedCurve: (CURVES[i.curve] || [i.curve])[0] };
  },
  configurable: true
});

// ---- DER (X.690), just what key export and ECDSA's encodings need
function derLen(n) {
  if (n < 128) return [n];
  var b = [];
  while (n > 0) { b.unshift(n & 255); n = Math.floor(n / 256); }
  return [0x80 | b.length].concat(b);
}
function der(tag, body) {
  return Buffer.concat([Buffer.from([tag].concat(derLen(body.length))), body]);
}
// The TLVs in buf[start, end): [{ tag, start (of the contents), end }]
function derRead(buf, start, end) {
  var out = [], p = start;
  while (p < end) {
    var tag = buf[p++], len = buf[p++];
    if (len === undefined) throw new Error('bad DER');
    if (len & 0x80) {
      var n = len & 0x7f;
      for (len = 0; n > 0; n--) len = len * 256 + buf[p++];
    }
    if (p + len > end) throw new Error('bad DER');
    out.push({ tag: tag, start: p, end: p + len });
    p += len;
  }
  return out;
}
function derChildren(buf, t) { return derRead(buf, t.start, t.end); }
// an INTEGER's magnitude, without the sign byte
function derUint(buf, t) {
  var b = buf.slice(t.start, t.end), i = 0;
  while (i < b.length - 1 && b[i] === 0) i++;
  return b.slice(i);
}
function derInt(bytes) {
  var i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  bytes = bytes.slice(i);
  if (bytes[0] & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return der(0x02, bytes);
}
function oid(hex) { return Buffer.from(hex, 'hex'); }
var OID_RSA = oid('06092a864886f70d010101');
var OID_EC = oid('06072a8648ce3d0201');

function pemWrap(label, body) {
  var b64 = body.toString('base64'), out = '-----BEGIN ' + label + '-----\n', i;
  for (i = 0; i < b64.length; i += 64) out += b64.slice(i, i + 64) + '\n';
  return out + '-----END ' + label + '-----\n';
}

function invalidProp(name, v) {
  return codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options." + name + "' is invalid. Received " +
    (typeof v === 'string' ? "'" + v + "'" : require('util').inspect(v)));
}

// PKCS #8 around mbedTLS's PKCS #1 / SEC1 private key, as OpenSSL writes
// it (an EC key's inner ECPrivateKey without the curve, which the
// algorithm identifier names)
function pkcs8(k) {
  var inner = nc.keyExport(k._handle, 'private'), alg;
  if (keyInfo(k).type === 'rsa') {
    alg = der(0x30, Buffer.concat([OID_RSA, Buffer.from([5, 0])]));
  } else {
    var top = derRead(inner, 0, inner.length)[0], parts = derChildren(inner, top), keep = [], curve = null;
    parts.forEach(function (t) {
      var whole = inner.slice(t.start - derLen(t.end - t.start).length - 1, t.end);
      if (t.tag === 0xa0) curve = inner.slice(t.start, t.end);
      else keep.push(whole);
    });
    inner = der(0x30, Buffer.concat(keep));
    alg = der(0x30, Buffer.concat([OID_EC, curve]));
  }
  return der(0x30, Buffer.concat([Buffer.from([2, 1, 0]), alg, der(0x04, inner)]));
}

function b64u(b) { return b.toString('base64url'); }
function jwk(k) {
  var i = keyInfo(k), pub = nc.keyExport(k._handle, i.type === 'rsa' ? 'pkcs1' : 'spki'), out, t;
  if (i.type === 'rsa') {
    t = derChildren(pub, derRead(pub, 0, pub.length)[0]);
    out = { kty: 'RSA', n: b64u(derUint(pub, t[0])), e: b64u(derUint(pub, t[1])) };
    if (k.type === 'private') {
      var priv = nc.keyExport(k._handle, 'private');
      t = derChildren(priv, derRead(priv, 0, priv.length)[0]);
      ['d', 'p', 'q', 'dp', 'dq', 'qi'].forEach(function (name, j) { out[name] = b64u(derUint(priv, t[3 + j])); });
    }
    return out;
  }
  var crv = (CURVES[i.curve] || [])[1];
  if (!crv) throw codedError(Error, 'ERR_CRYPTO_JWK_UNSUPPORTED_CURVE', 'Unsupported JWK EC curve: ' + i.curve + '.');
  t = derChildren(pub, derRead(pub, 0, pub.length)[0]);
  var point = pub.slice(t[1].start + 1, t[1].end), n = (point.length - 1) / 2; // BIT STRING: unused bits, then 04 x y
  out = { kty: 'EC', x: b64u(point.slice(1, 1 + n)), y: b64u(point.slice(1 + n)), crv: crv };
  if (k.type === 'private') {
    var sec1 = nc.keyExport(k._handle, 'private');
    t = derChildren(sec1, derRead(sec1, 0, sec1.length)[0]);
    out.d = b64u(sec1.slice(t[1].start, t[1].end));
  }
  return out;
}

KeyObject.prototype.export = function (options) {
  if (this.type === 'secret') {
    if (options !== undefined && (typeof options !== 'object' || options === null))
      throw argType('options', 'of type object', options);
    var f = options && options.format;
    if (f === 'jwk') return { kty: 'oct', k: this._key.toString('base64url') };
    if (f !== undefined && f !== 'buffer') throw invalidProp('format', f);
    return Buffer.from(this._key);
  }
  if (typeof options !== 'object' || options === null) throw argType('options', 'of type object', options);
  var format = options.format === undefined ? 'pem' : options.format, type = options.type;
  if (format === 'jwk') return jwk(this);
  if (format !== 'pem' && format !== 'der') throw invalidProp('format', format);
  var rsa = keyInfo(this).type === 'rsa', body, label;
  if (this.type === 'public') {
    if (type === 'spki') { body = nc.keyExport(this._handle, 'spki'); label = 'PUBLIC KEY'; }
    else if (type === 'pkcs1' && rsa) { body = nc.keyExport(this._handle, 'pkcs1'); label = 'RSA PUBLIC KEY'; }
    else if (type === 'pkcs1') throw codedError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding pkcs1 can only be used for RSA keys.');
    else throw invalidProp('type', type);
  } else {
    if (options.cipher !== undefined || options.passphrase !== undefined)
      throw codedError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'unijs: encrypted key export (options.cipher) is not supported');
    if (type === 'pkcs8') { body = pkcs8(this); label = 'PRIVATE KEY'; }
    else if (type === 'pkcs1' && rsa) { body = nc.keyExport(this._handle, 'private'); label = 'RSA PRIVATE KEY'; }
    else if (type === 'sec1' && !rsa) { body = nc.keyExport(this._handle, 'private'); label = 'EC PRIVATE KEY'; }
    else if (type === 'pkcs1' || type === 'sec1')
      throw codedError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding ' + type + ' can only be used for ' + (type === 'sec1' ? 'EC' : 'RSA') + ' keys.');
    else throw invalidProp('type', type);
  }
  return format === 'der' ? body : pemWrap(label, body);
};
KeyObject.prototype.equals = function (other) {
  if (!(other instanceof KeyObject))
    throw argType('otherKeyObject', 'an instance of KeyObject', other);
  if (other.type !== this.type) return false;
  if (this.type === 'secret')
    return other._key.length === this._key.length && exports.timingSafeEqual(this._key, other._key);
  var what = this.type === 'public' ? 'spki' : 'private';
  return nc.keyExport(this._handle, what).equals(nc.keyExport(other._handle, what));
};
exports.KeyObject = KeyObject;

exports.createSecretKey = function (key, encoding) {
  if (typeof key === 'string') return new KeyObject('secret', Buffer.from(key, encoding));
  if (!isBinary(key))
    throw argType('key', 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView', key);
  return new KeyObject('secret', Buffer.from(toBuffer(key)));
};

// OpenSSL's errors as Node reports them
function osslError(why) {
  var e;
  if (why === 'unsupported-encryption')
    return codedError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      'unijs: this encrypted PKCS #8 key uses a PBKDF2 PRF other than HMAC-SHA1, which mbedTLS 2.28 lacks');
  if (why === 'passphrase-required') {
    e = codedError(Error, 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED', 'error:07880109:common libcrypto routines::interrupted or cancelled');
    e.library = 'common libcrypto routines'; e.reason = 'interrupted or cancelled';
  } else if (why === 'bad-decrypt') {
    e = codedError(Error, 'ERR_OSSL_BAD_DECRYPT', 'error:1C800064:Provider routines::bad decrypt');
    e.library = 'Provider routines'; e.reason = 'bad decrypt';
  } else {
    e = codedError(Error, 'ERR_OSSL_UNSUPPORTED', 'error:1E08010C:DECODER routines::unsupported');
    e.library = 'DECODER routines'; e.reason = 'unsupported';
  }
  // library and reason come first, as Node's own properties
  var c = e.code; delete e.code; e.code = c;
  return e;
}

var KEY_TYPES = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey';
// A new public or private KeyObject from what Node's createPublicKey /
// createPrivateKey take: PEM (string or bytes), { key, format: 'pem' |
// 'der', type, passphrase, encoding }, or (public) a private KeyObject.
function asymmetricKey(key, wantPrivate, forSigning) {
  var data, format = 'pem', passphrase, encoding;
  if (!nc.keyParse)
    throw codedError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'unijs: this image has no public-key crypto: ' +
      'mkimage.sh links it into images whose code names createPublicKey, createPrivateKey, createSign, ' +
      'createVerify, sign or verify (js/binding_crypto_pk.c)');
  if (key instanceof KeyObject) {
    if (key.type === 'private' && !wantPrivate) return new KeyObject('public', key._handle);
    if (forSigning && key.type !== 'secret' && (key.type === 'private' || !wantPrivate)) return key;
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
      'Invalid key object type ' + key.type + ', expected ' + (wantPrivate || !forSigning ? 'private' : 'public') + '.');
  }
  if (key !== null && typeof key === 'object' && !isBinary(key)) {
    if (key.key instanceof KeyObject && (forSigning || !wantPrivate)) return asymmetricKey(key.key, wantPrivate, forSigning);
    format = key.format === undefined ? 'pem' : key.format;
    passphrase = key.passphrase;
    encoding = key.encoding;
    if (format === 'jwk')
      throw codedError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'unijs: JWK key import is not supported');
    if (format !== 'pem' && format !== 'der') throw invalidProp('format', format);
    if (format === 'der') {
      var types = wantPrivate ? ['pkcs1', 'pkcs8', 'sec1'] : ['pkcs1', 'spki', 'pkcs8', 'sec1'];
      if (types.indexOf(key.type) < 0) throw invalidProp('type', key.type);
    }
    key = key.key;
    if (typeof key !== 'string' && !isBinary(key))
      throw argType('key.key', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', key);
  } else if (typeof key !== 'string' && !isBinary(key)) {
    throw argType('key', KEY_TYPES, key);
  }
  data = toBuffer(key, encoding);
  // PEM is text (OpenSSL finds no key in DER given as PEM)
  if (format === 'pem' && data.indexOf('-----BEGIN') < 0) throw osslError('unsupported');
  if (passphrase !== undefined && passphrase !== null) {
    if (typeof passphrase !== 'string' && !isBinary(passphrase))
      throw argType('key.passphrase', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', passphrase);
    passphrase = toBuffer(passphrase);
  } else passphrase = undefined;
  var h;
  try { h = nc.keyParse(data, wantPrivate, passphrase); } catch (e) { throw e.code ? osslError(e.code) : e; }
  var k = new KeyObject(wantPrivate ? 'private' : 'public', h);
  if (!wantPrivate && !forSigning) return k;
  // a private key given for verifying is used as its public half
  if (!wantPrivate && keyInfo(k).private) return new KeyObject('private', h);
  return k;
}

exports.createPublicKey = function (key) { return asymmetricKey(key, false, false); };
exports.createPrivateKey = function (key) {
  if (key instanceof KeyObject) throw argType('key', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', key);
  return asymmetricKey(key, true, false);
};

// ---- signatures: RSA (PKCS #1 v1.5, PSS) and ECDSA
var constants = {
  RSA_PKCS1_PADDING: 1, RSA_NO_PADDING: 3, RSA_PKCS1_OAEP_PADDING: 4, RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1, RSA_PSS_SALTLEN_MAX_SIGN: -2, RSA_PSS_SALTLEN_AUTO: -2
};
exports.constants = constants;

function sigDigest(algorithm) {
  if (algorithm === undefined || algorithm === null) return 'sha256';
  validateString(algorithm, 'algorithm');
  // also OpenSSL's sha256WithRSAEncryption (not ecdsa-with-SHA256: Node 20
  // refuses it)
  var name = hashName(algorithm) || hashName(algorithm.replace(/withRSAEncryption$/i, ''));
  if (!name) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
  return name;
}

// options beside the key: padding, saltLength, dsaEncoding
function sigOptions(key) {
  var o = { padding: constants.RSA_PKCS1_PADDING, saltLength: undefined, dsaEncoding: 'der' };
  if (key === null || typeof key !== 'object' || key instanceof KeyObject || isBinary(key)) return o;
  if (key.padding !== undefined) {
    if (key.padding !== 1 && key.padding !== 6)
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options.padding' is invalid. Received " + key.padding);
    o.padding = key.padding;
  }
  if (key.saltLength !== undefined) {
    if (!isInteger(key.saltLength)) throw argType('options.saltLength', 'of type number', key.saltLength);
    o.saltLength = key.saltLength;
  }
  if (key.dsaEncoding !== undefined) {
    if (key.dsaEncoding !== 'der' && key.dsaEncoding !== 'ieee-p1363') throw invalidProp('dsaEncoding', key.dsaEncoding);
    o.dsaEncoding = key.dsaEncoding;
  }
  return o;
}

var CURVE_BYTES = { secp256r1: 32, secp384r1: 48, secp521r1: 66, secp256k1: 32 };
// ECDSA's DER (SEQUENCE of r, s) to IEEE P1363 (r || s, each as wide as
// the curve's order) and back
function derToP1363(sig, n) {
  var t = derChildren(sig, derRead(sig, 0, sig.length)[0]), out = Buffer.alloc(2 * n);
  var r = derUint(sig, t[0]), s = derUint(sig, t[1]);
  r.copy(out, n - r.length);
  s.copy(out, 2 * n - s.length);
  return out;
}
function p1363ToDer(sig, n) {
  if (sig.length !== 2 * n) return null;
  return der(0x30, Buffer.concat([derInt(sig.slice(0, n)), derInt(sig.slice(n))]));
}

function signWith(digest, data, key) {
  var o = sigOptions(key), k = asymmetricKey(key, true, true), i = keyInfo(k);
  var sig = nc.sign(k._handle, digest, data, o.padding, o.saltLength === undefined ? -2 : o.saltLength);
  if (i.type === 'ec' && o.dsaEncoding === 'ieee-p1363') sig = derToP1363(sig, CURVE_BYTES[i.curve]);
  return sig;
}
function verifyWith(digest, data, key, sig) {
  var o = sigOptions(key), k = asymmetricKey(key, false, true), i = keyInfo(k);
  if (i.type === 'ec' && o.dsaEncoding === 'ieee-p1363') {
    sig = p1363ToDer(sig, CURVE_BYTES[i.curve]);
    if (!sig) return false;
  }
  return nc.verify(k._handle, digest, data, sig, o.padding, o.saltLength === undefined ? -2 : o.saltLength);
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  validateString(algorithm, 'algorithm');
  this._digest = sigDigest(algorithm);
  this._parts = [];
}
Sign.prototype.update = function (data, encoding) {
  if (typeof data !== 'string' && !Buffer.isBuffer(data) && !isView(data))
    throw argType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  this._parts.push(toBuffer(data, encoding));
  return this;
};
Sign.prototype.sign = function (privateKey, outputEncoding) {
  if (!privateKey) throw codedError(Error, 'ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign');
  return encodeOut(signWith(this._digest, Buffer.concat(this._parts), privateKey), outputEncoding);
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  validateString(algorithm, 'algorithm');
  this._digest = sigDigest(algorithm);
  this._parts = [];
}
Verify.prototype.update = Sign.prototype.update;
Verify.prototype.verify = function (object, signature, sigEncoding) {
  if (typeof signature === 'string') signature = Buffer.from(signature, sigEncoding);
  else if (!isBinary(signature))
    throw argType('signature', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', signature);
  return verifyWith(this._digest, Buffer.concat(this._parts), object, toBuffer(signature));
};

exports.Sign = Sign;
exports.Verify = Verify;
exports.createSign = function (algorithm, options) { return new Sign(algorithm, options); };
exports.createVerify = function (algorithm, options) { return new Verify(algorithm, options); };

function oneShotData(data) {
  if (!isBinary(data))
    throw argType('data', 'an instance of Buffer, TypedArray, or DataView', data);
  return toBuffer(data);
}
// sign(algorithm, data, key[, callback]), verify(algorithm, data, key,
// signature[, callback]); the callback forms compute at once and call
// back on the next tick (no thread pool)
exports.sign = function (algorithm, data, key, callback) {
  var digest = sigDigest(algorithm);
  data = oneShotData(data);
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (callback === undefined) return signWith(digest, data, key);
  var err = null, sig;
  try { sig = signWith(digest, data, key); } catch (e) { err = e; }
  process.nextTick(function () { callback(err, sig); });
};
exports.verify = function (algorithm, data, key, signature, callback) {
  var digest = sigDigest(algorithm);
  data = oneShotData(data);
  if (!isBinary(signature))
    throw argType('signature', 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView', signature);
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (callback === undefined) return verifyWith(digest, data, key, toBuffer(signature));
  var err = null, ok;
  try { ok = verifyWith(digest, data, key, toBuffer(signature)); } catch (e) { err = e; }
  process.nextTick(function () { callback(err, ok); });
};

// unijs: which entropy sources feed the generator ("none" when there are
// none: then every random function throws).
Object.defineProperty(exports, 'entropySources', { value: function () { return nc.entropy(); } });
