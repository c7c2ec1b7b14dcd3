exports.name = 'module a';
exports.fromB = require('./b').value;
