// bcryptjs: hash with a given salt, compare (cost 4: a slow interpreter).
// todo: no output within the time limit (hashSync, cost 4): mujs speed or a hang, not yet known
const bcrypt = require('bcryptjs');
const salt = '$2a$04$abcdefghijklmnopqrstuu';
const h = bcrypt.hashSync('s3cret', salt);
console.log(h, bcrypt.compareSync('s3cret', h), bcrypt.compareSync('wrong', h));
console.log(bcrypt.getRounds(h), bcrypt.getSalt(h), bcrypt.encodeBase64([1, 2, 3, 255], 4), bcrypt.decodeBase64('.OGu', 3));
bcrypt.compare('s3cret', h, (err, res) => console.log('async', err, res));
