var a = require('./a');
exports.value = 'b saw a.name=' + a.name;
