// The global crypto (Node 20's globalThis.crypto, Web Crypto) without a
// require: mkimage.sh packs the crypto module for it.
var u = crypto.randomUUID();
console.log(typeof u, u.length, u.charAt(14));
var a = crypto.getRandomValues(new Uint8Array(8));
console.log(a.length, a instanceof Uint8Array);
console.log(typeof crypto.getRandomValues, 'crypto' in Function('return this')());
