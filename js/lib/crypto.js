// crypto: Node's hashes, HMAC, PBKDF2 and random numbers, on mbedTLS 2.28
// and the machine's entropy sources (js/binding_crypto.c, native.crypto).
// Argument checks and Node's error codes and messages live here; digests,
// PBKDF2 and the CTR-DRBG are mbedTLS's. What exists and how it differs
// from Node: docs/crypto.md.
'use strict';

var nc = native.crypto;
if (!nc) throw new Error('crypto: the crypto natives are not linked into this image');

var kMaxLength = 4294967296;
var kMaxInt32 = 2147483647;
var RAND_MAX = 0xffffffffffff; // randomInt: 48 bits, as Node

// ---- errors, as Node words them
function codedError(Ctor, code, message) {
  var err = new Ctor(message);
  err.code = code;
  return err;
}

function describe(v) {
  if (v === null || v === undefined) return ' ' + v;
  if (typeof v === 'function') return ' function ' + (v.name || '');
  if (typeof v === 'object') {
    var C = v.constructor;
    var c = C && (C.name || (C === Object ? 'Object' : C === Array ? 'Array' : ''));
    return c ? ' an instance of ' + c : ' ' + require('util').inspect(v, { depth: -1 });
  }
  var s = require('util').inspect(v);
  if (s.length > 28) s = s.slice(0, 25) + '...';
  return ' type ' + typeof v + ' (' + s + ')';
}

function argType(name, expected, v) {
  var what = name.indexOf('.') >= 0 ? 'The "' + name + '" property' : 'The "' + name + '" argument';
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', what + ' must be ' + expected + '. Received' + describe(v));
}

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
function hashName(algorithm) {
  var n = algorithm.toLowerCase();
  if (n.slice(0, 4) === 'rsa-') n = n.slice(4);
  var m = /^sha(?:2)?-?(224|256|384|512)$/.exec(n) || /^sha-?(1)$/.exec(n);
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

function updateData(self, data, encoding) {
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
Hash.prototype.digest = function (encoding) {
  if (this._finalized) throw finalized();
  this._finalized = true;
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

// ---- secret keys (KeyObject of type 'secret' only)
function KeyObject(type, key) {
  if (type !== 'secret')
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'type' is invalid. Received '" + type + "'");
  Object.defineProperty(this, '_key', { value: key });
  Object.defineProperty(this, 'type', { value: type, enumerable: true });
}
Object.defineProperty(KeyObject.prototype, 'symmetricKeySize', {
  get: function () { return this._key.length; }, configurable: true
});
Object.defineProperty(KeyObject.prototype, 'asymmetricKeyType', {
  get: function () { return undefined; }, configurable: true
});
KeyObject.prototype.export = function (options) {
  if (options !== undefined && (typeof options !== 'object' || options === null))
    throw argType('options', 'of type object', options);
  var format = options && options.format;
  if (format === 'jwk') return { kty: 'oct', k: this._key.toString('base64url') };
  if (format !== undefined && format !== 'buffer')
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options.format' is invalid. Received '" + format + "'");
  return Buffer.from(this._key);
};
KeyObject.prototype.equals = function (other) {
  if (!(other instanceof KeyObject))
    throw argType('otherKeyObject', 'an instance of KeyObject', other);
  if (other.type !== this.type || other._key.length !== this._key.length) return false;
  return exports.timingSafeEqual(this._key, other._key);
};
exports.KeyObject = KeyObject;

exports.createSecretKey = function (key, encoding) {
  if (typeof key === 'string') return new KeyObject('secret', Buffer.from(key, encoding));
  if (!isBinary(key))
    throw argType('key', 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView', key);
  return new KeyObject('secret', Buffer.from(toBuffer(key)));
};

// unijs: which entropy sources feed the generator ("none" when there are
// none: then every random function throws).
Object.defineProperty(exports, 'entropySources', { value: function () { return nc.entropy(); } });
