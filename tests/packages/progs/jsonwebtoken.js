// jsonwebtoken: HS256 sign and verify (crypto HMAC), errors; RS256 (PKCS #1
// v1.5 signatures are deterministic: the token is compared) and ES256
// (randomized: verified) with fixed keys.
const jwt = require('jsonwebtoken');
const token = jwt.sign({ sub: 'u1', role: 'admin', iat: 1700000000 }, 'secret', { algorithm: 'HS256', expiresIn: '100y' });
console.log(token);
console.log(jwt.verify(token, 'secret'), jwt.decode(token, { complete: true }).header);
try { jwt.verify(token, 'wrong'); } catch (e) { console.log(e.name, e.message); }
try { jwt.verify(jwt.sign({ exp: 1 }, 'k'), 'k'); } catch (e) { console.log(e.name, e.message); }
const rsaKey = "-----BEGIN RSA PRIVATE KEY-----\nMIICXQIBAAKBgQC2nPnm+UEHatCB9mlsw5z6zBx6QG5ov7ESUsaN+TX05yPAJgpi\n2H6pi4XwXbV2YtSWL0PCw1idSxXV5nfwxW5l4pun4Bc6w3jqudAtWqpDB2zSllNj\n/he8Fm2PixJvhQErKsuVqTfI200Fbc9cO7eFQxo5loajOD24MiS1NAWTAwIDAQAB\nAoGBAJJ06VQeWdIqD5n712ecpvzZ0IkXvbUS8F/CtW3ODkEhU6HaoH/QJB20QbKa\nZVvSPa9Jru24IAze2F9Z3J3kqfl+R33O4WKaWP1gGv8OAEIecIiNOgJ9JLzfInz4\nQorb1hiQd+5b3GSX1eUbQSJunuJLWcTWxZJc8tcPz1TAP+qZAkEA7jheUvLgnljr\npNSChLM3Ms/X7IJTynL+IEyy9jMUS9vtyHX6QEFqwHX0RE2tfirFEBd29jz0DMSo\nBQUah/kRxQJBAMQ+ImyvEACRmlgkGgjwQFEcTLzjDTIkbYU2jLOAMgCH13wn0e6H\nNcpT7aLAncIRcGd50InhomqOFtdCShTYRicCQDkbnEkoXn63dG5EX7GuQPpWZz4U\nlD/BR3i4ymJJJoF1DND0r3R9+jh/TnqdYI0RdcKAzY0EWcFB18G0UoLsS70CQGlj\nIOOTBBn6F5Q8Fwsz0qZ8dy19FaoW7AX9LIR9VNz6FpvjWpcpX5a/ib+8hzwgV2gK\ngBZ76NgmZFfHjrcxCkMCQQCzg23V+K5HSfsCe0iiVpYSTLJ8o8/FXH7Xhzw/Z8Wb\n9KBTPIpO4FwoJ68yhHBkbZWp4YSIY0cXyXm/GyHeeGDJ\n-----END RSA PRIVATE KEY-----\n";
const rsaPub = "-----BEGIN PUBLIC KEY-----\nMIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC2nPnm+UEHatCB9mlsw5z6zBx6\nQG5ov7ESUsaN+TX05yPAJgpi2H6pi4XwXbV2YtSWL0PCw1idSxXV5nfwxW5l4pun\n4Bc6w3jqudAtWqpDB2zSllNj/he8Fm2PixJvhQErKsuVqTfI200Fbc9cO7eFQxo5\nloajOD24MiS1NAWTAwIDAQAB\n-----END PUBLIC KEY-----\n";
const ecKey = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBUmhVjDl1+JRABE2kaPhRHaxyOv9J96M0fbC02nY1WwoAoGCCqGSM49\nAwEHoUQDQgAEZyZgkpxLxNCLm1iaD92kizioVK/t4OcMkP0nELFMONGwOcCi2UWw\nGSqjjloTLqWsob8U7ugva+BsYml6QIiJWw==\n-----END EC PRIVATE KEY-----\n";
const ecPub = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEZyZgkpxLxNCLm1iaD92kizioVK/t\n4OcMkP0nELFMONGwOcCi2UWwGSqjjloTLqWsob8U7ugva+BsYml6QIiJWw==\n-----END PUBLIC KEY-----\n";
const rs = jwt.sign({ sub: 'u2', iat: 1700000000 }, rsaKey, { algorithm: 'RS256', allowInsecureKeySizes: true });
console.log(rs);
console.log(jwt.verify(rs, rsaPub, { algorithms: ['RS256'] }));
const es = jwt.sign({ sub: 'u3', iat: 1700000000 }, ecKey, { algorithm: 'ES256' });
console.log(es.split('.')[2].length, jwt.verify(es, ecPub));
try { jwt.verify(es, rsaPub); } catch (e) { console.log(e.name, e.message); }
try { jwt.sign({ a: 1 }, rsaKey, { algorithm: 'RS256' }); } catch (e) { console.log(e.name, e.message); }
