// jsonwebtoken: HS256 sign and verify (crypto HMAC), errors.
// todo: core module crypto (jsonwebtoken/verify.js:9)
const jwt = require('jsonwebtoken');
const token = jwt.sign({ sub: 'u1', role: 'admin', iat: 1700000000 }, 'secret', { algorithm: 'HS256', expiresIn: '100y' });
console.log(token);
console.log(jwt.verify(token, 'secret'), jwt.decode(token, { complete: true }).header);
try { jwt.verify(token, 'wrong'); } catch (e) { console.log(e.name, e.message); }
try { jwt.verify(jwt.sign({ exp: 1 }, 'k'), 'k'); } catch (e) { console.log(e.name, e.message); }
