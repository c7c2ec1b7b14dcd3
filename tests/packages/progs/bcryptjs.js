// bcryptjs: one hash with a given salt (cost 4, the least), its parts.
// host-only: mujs speed: one hash at cost 4 takes ~16 s on the host build (node: a few ms), minutes in a TCG image
const bcrypt = require('bcryptjs');
const salt = '$2a$04$abcdefghijklmnopqrstuu';
const h = bcrypt.hashSync('s3cret', salt);
console.log(h, h === '$2a$04$abcdefghijklmnopqrstuuLZYjhNQAOdpbzt4WxWlUHjv1wsyH5DG');
console.log(bcrypt.getRounds(h), bcrypt.getSalt(h), bcrypt.encodeBase64([1, 2, 3, 255], 4), bcrypt.decodeBase64('.OGu', 3));
