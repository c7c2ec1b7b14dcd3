// crypto's public-key part (createPublicKey/createPrivateKey, KeyObject
// details and export, sign/verify, createSign/createVerify) on fixed keys
// made by node: RSA 1024 (PKCS #1 v1.5 is deterministic, so signatures
// are compared byte for byte), EC P-256, an encrypted PKCS #8 key, and
// signatures node made (PSS and ECDSA are randomized: those are verified).
// jsonwebtoken needs crypto.createPublicKey: jwa takes it as the sign that
// KeyObjects are supported.
var crypto = require('crypto');
var K = {
 "rsaPriv": "-----BEGIN RSA PRIVATE KEY-----\nMIICXQIBAAKBgQC2nPnm+UEHatCB9mlsw5z6zBx6QG5ov7ESUsaN+TX05yPAJgpi\n2H6pi4XwXbV2YtSWL0PCw1idSxXV5nfwxW5l4pun4Bc6w3jqudAtWqpDB2zSllNj\n/he8Fm2PixJvhQErKsuVqTfI200Fbc9cO7eFQxo5loajOD24MiS1NAWTAwIDAQAB\nAoGBAJJ06VQeWdIqD5n712ecpvzZ0IkXvbUS8F/CtW3ODkEhU6HaoH/QJB20QbKa\nZVvSPa9Jru24IAze2F9Z3J3kqfl+R33O4WKaWP1gGv8OAEIecIiNOgJ9JLzfInz4\nQorb1hiQd+5b3GSX1eUbQSJunuJLWcTWxZJc8tcPz1TAP+qZAkEA7jheUvLgnljr\npNSChLM3Ms/X7IJTynL+IEyy9jMUS9vtyHX6QEFqwHX0RE2tfirFEBd29jz0DMSo\nBQUah/kRxQJBAMQ+ImyvEACRmlgkGgjwQFEcTLzjDTIkbYU2jLOAMgCH13wn0e6H\nNcpT7aLAncIRcGd50InhomqOFtdCShTYRicCQDkbnEkoXn63dG5EX7GuQPpWZz4U\nlD/BR3i4ymJJJoF1DND0r3R9+jh/TnqdYI0RdcKAzY0EWcFB18G0UoLsS70CQGlj\nIOOTBBn6F5Q8Fwsz0qZ8dy19FaoW7AX9LIR9VNz6FpvjWpcpX5a/ib+8hzwgV2gK\ngBZ76NgmZFfHjrcxCkMCQQCzg23V+K5HSfsCe0iiVpYSTLJ8o8/FXH7Xhzw/Z8Wb\n9KBTPIpO4FwoJ68yhHBkbZWp4YSIY0cXyXm/GyHeeGDJ\n-----END RSA PRIVATE KEY-----\n",
 "rsaPub": "-----BEGIN PUBLIC KEY-----\nMIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC2nPnm+UEHatCB9mlsw5z6zBx6\nQG5ov7ESUsaN+TX05yPAJgpi2H6pi4XwXbV2YtSWL0PCw1idSxXV5nfwxW5l4pun\n4Bc6w3jqudAtWqpDB2zSllNj/he8Fm2PixJvhQErKsuVqTfI200Fbc9cO7eFQxo5\nloajOD24MiS1NAWTAwIDAQAB\n-----END PUBLIC KEY-----\n",
 "ecPriv": "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBUmhVjDl1+JRABE2kaPhRHaxyOv9J96M0fbC02nY1WwoAoGCCqGSM49\nAwEHoUQDQgAEZyZgkpxLxNCLm1iaD92kizioVK/t4OcMkP0nELFMONGwOcCi2UWw\nGSqjjloTLqWsob8U7ugva+BsYml6QIiJWw==\n-----END EC PRIVATE KEY-----\n",
 "ecPub": "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEZyZgkpxLxNCLm1iaD92kizioVK/t\n4OcMkP0nELFMONGwOcCi2UWwGSqjjloTLqWsob8U7ugva+BsYml6QIiJWw==\n-----END PUBLIC KEY-----\n",
 "ecSig": "MEYCIQCogzIF88OZKW59hi21L+Kc2Cdw/UwCvS+2ef44Y7HbxwIhAOlTFOOwMT0TB2qDgbGZL0JdCFuk1QU/+zJtXiP43I+6",
 "rsaPss": "jWJQg2s/TjG5d/0c0Oam9OP4TKetSnP9nDQujL8Sp18HBRCIgIVT7EE9wnN79XeFGpn4OolIkpAH1JE8JOeUizT1G0k8QAezBhJtliRdiYqV8C22ru+rgaB+95gIudAEcwrk4P5o7DWXxVDBXneUAe/Up3ZaZa0BD9g6bOfT4DE=",
 "rsaLeg": "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,0C81DAEFE49720DCC5E71B5BA4CC8E95\n\nbAIguMGXY03K2n5CW0TGCfy6AQFbYg7nA8Ei515mNudUOVFGIOlg0q+xINydwYPk\n4vz/esr2bKO9uGHJttxZOgngT99CSKp3g9n2teU0PMRxy+xubV1tBS4CyuCZPOhW\n2qOzU0PvAZAHe1GzYZ+LpjdZaqJrGjBESYZPSyxnayI4AdGzIAAlDTTqTBDaE3MI\n2JRNIUR6w8pTdGYf/Y4BbdM5IMKPOsNPHoY+wUPB5FwaZleQ2HvIkcx2Iu2YogNC\nLrnN2lSnQPr7tqZ6A5OtAE5l8Ay6XX6g+HqCKDdYVi/dJbbq77zH45CyjAfJgHE5\nzJMnNdzOguJpCcLUW+WSpUVc2CxJym0SZyjY3eribP9GmIj6hVmJWhdCZb+BMId/\n/0txAXrWTdK8SfIiu5ekou4OlfjnodOfP+QKZwn4a5pQTxwPSuW408Vrspanw2f/\nDtqZENVoTB37aK5hBJBkheDKH5dmq0OThITDhjIe+FW8cFKK9U5XvPs8WL1KPR0Q\nl0ovFG5WLVH2ELW9rvCYnpjOnMrqaDCrxdl8cvgtlT364oi2HYgnznA+4MTr7jIn\nyDjAaWwE1D0vLMebGJGoBUXDRHvNjvN/mtw7h+E2MKhmezn6/aXwUeY3QD71i1lQ\npgokebHIsPFQrc6GUUWu+pwt5YToSbbquUAmAC2tYqO/GtwmUn6nxx4Lg6ZwXrVV\nNe4FIK0JgWGJS6xlAu6GoWUFMcip8slFL3p6GVnO1W5Oit+4xgFQNO7oeBgpvgOP\nsLowQ5c4KaOABWu37zX2foZ29GMoIsS6KVSYtFdFTy9f8i5+lWTCA7CzhExwEVV/\n-----END RSA PRIVATE KEY-----\n"
};
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
var rsa = crypto.createPrivateKey(K.rsaPriv), rsaPub = crypto.createPublicKey(K.rsaPub);
var ec = crypto.createPrivateKey(K.ecPriv), ecPub = crypto.createPublicKey(K.ecPub);
show('rsa', function () { return [rsa.type, rsa.asymmetricKeyType, JSON.stringify(rsa.asymmetricKeyDetails, function (k, v) { return typeof v === 'bigint' ? Number(v) : v; }), rsa.symmetricKeySize]; });
show('rsaPub', function () { return [rsaPub.type, rsaPub.asymmetricKeyType, rsaPub.asymmetricKeyDetails.modulusLength]; });
show('ec', function () { return [ec.type, ec.asymmetricKeyType, JSON.stringify(ec.asymmetricKeyDetails), ecPub.type]; });
// export round trips, byte for byte as OpenSSL writes them
show('spki', function () { return rsa && crypto.createPublicKey(rsa).export({ type: 'spki', format: 'pem' }) === K.rsaPub; });
show('pkcs1', function () { return rsa.export({ type: 'pkcs1', format: 'pem' }) === K.rsaPriv; });
show('pkcs1 pub', function () { return rsaPub.export({ type: 'pkcs1', format: 'pem' }); });
show('pkcs8 rsa', function () { return rsa.export({ type: 'pkcs8', format: 'der' }).toString('base64'); });
show('pkcs8 ec', function () { return ec.export({ type: 'pkcs8', format: 'pem' }); });
show('sec1', function () { return ec.export({ type: 'sec1', format: 'pem' }) === K.ecPriv; });
show('ec spki der', function () { return ecPub.export({ type: 'spki', format: 'der' }).toString('hex'); });
show('jwk rsa', function () { return JSON.stringify(rsa.export({ format: 'jwk' })); });
show('jwk ec', function () { return JSON.stringify(ec.export({ format: 'jwk' })); });
show('jwk ec pub', function () { return JSON.stringify(ecPub.export({ format: 'jwk' })); });
show('from der', function () {
  var d = rsa.export({ type: 'pkcs8', format: 'der' });
  return crypto.createPrivateKey({ key: d, format: 'der', type: 'pkcs8' }).equals(rsa);
});
show('equals', function () { return [crypto.createPublicKey(K.rsaPriv).equals(rsaPub), rsa.equals(rsaPub)]; });
// OpenSSL's legacy encrypted PEM (Proc-Type: 4,ENCRYPTED, AES-128-CBC)
show('encrypted', function () { return crypto.createPrivateKey({ key: K.rsaLeg, passphrase: 'pw' }).export({ type: 'pkcs1', format: 'pem' }) === K.rsaPriv; });
// signatures
var data = Buffer.from('hello');
var s1 = crypto.sign('sha256', data, rsa);
show('rsa sign', function () { return s1.toString('base64'); });
show('rsa createSign', function () { return crypto.createSign('RSA-SHA256').update('hel').update('lo').sign(K.rsaPriv, 'base64') === s1.toString('base64'); });
show('digest names', function () {
  return ['sha256WithRSAEncryption', 'RSA-SHA384', 'ecdsa-with-SHA256', 'SHA512', 'sha1', 'md5'].map(function (a) {
    try { return a + ' ' + crypto.createSign(a).update('x').sign(K.rsaPriv, 'hex').slice(0, 16); } catch (e) { return a + ' ' + e.code; }
  }).join(', ');
});
show('rsa verify', function () { return [crypto.verify('sha256', data, rsaPub, s1), crypto.verify('sha256', Buffer.from('hellO'), rsaPub, s1), crypto.verify('sha512', data, rsaPub, s1)]; });
show('rsa createVerify', function () { return crypto.createVerify('sha256').update('hello').verify(K.rsaPub, s1.toString('hex'), 'hex'); });
show('rsa verify by private', function () { return crypto.verify('sha256', data, K.rsaPriv, s1); });
show('pss by node', function () { return crypto.verify('sha256', data, { key: rsaPub, padding: crypto.constants.RSA_PKCS1_PSS_PADDING }, Buffer.from(K.rsaPss, 'base64')); });
show('pss round trip', function () {
  var o = { key: rsa, padding: 6, saltLength: crypto.constants.RSA_PSS_SALTLEN_DIGEST };
  var s = crypto.sign('sha384', data, o);
  return [s.length, crypto.verify('sha384', data, { key: rsaPub, padding: 6, saltLength: 48 }, s),
    crypto.verify('sha384', data, { key: rsaPub, padding: 6 }, s), crypto.verify('sha384', data, rsaPub, s)];
});
show('ecdsa by node', function () { return crypto.verify('sha256', data, ecPub, Buffer.from(K.ecSig, 'base64')); });
show('ecdsa round trip', function () {
  var s = crypto.sign('sha256', data, ec);
  var p = crypto.sign('sha256', data, { key: ec, dsaEncoding: 'ieee-p1363' });
  return [s[0], p.length, crypto.verify('sha256', data, ecPub, s), crypto.verify('sha256', data, { key: ecPub, dsaEncoding: 'ieee-p1363' }, p),
    crypto.verify('sha256', Buffer.from('x'), ecPub, s), crypto.verify('sha256', data, { key: ecPub, dsaEncoding: 'ieee-p1363' }, p.slice(1))];
});
show('async', function () {
  crypto.sign('sha256', data, rsa, function (err, sig) {
    console.log('sign cb', err, sig.equals(s1));
    crypto.verify('sha256', data, rsaPub, s1, function (err, ok) { console.log('verify cb', err, ok); });
  });
  return 'queued';
});
// errors, as node words them
show('not a key', function () { return crypto.createPublicKey('secret'); });
show('not a private key', function () { return crypto.createPrivateKey(K.rsaPub); });
show('number', function () { return crypto.createPublicKey(123); });
show('no passphrase', function () { return crypto.createPrivateKey(K.rsaLeg); });
show('bad passphrase', function () { return crypto.createPrivateKey({ key: K.rsaLeg, passphrase: 'nope' }); });
show('public to private', function () { return crypto.createPublicKey(rsaPub); });
show('hmac with public', function () { return crypto.createHmac('sha256', rsaPub); });
show('sign with public', function () { return crypto.createSign('sha256').update('x').sign(rsaPub); });
show('bad digest', function () { return crypto.createSign('nope'); });
show('short signature', function () { return crypto.verify('sha256', data, rsaPub, Buffer.from('zz')); });
show('export no options', function () { return rsaPub.export(); });
show('export bad type', function () { return ecPub.export({ type: 'pkcs1', format: 'pem' }); });
show('constants', function () { return [crypto.constants.RSA_PKCS1_PSS_PADDING, crypto.constants.RSA_PSS_SALTLEN_DIGEST, crypto.constants.RSA_PSS_SALTLEN_MAX_SIGN]; });
