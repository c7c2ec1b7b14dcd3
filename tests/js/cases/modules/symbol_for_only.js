// Names Symbol only through Symbol.for (as winston's triple-beam and
// date-fns do): must still get a Symbol.
var LEVEL = Symbol.for('level');
var info = { message: 'hi' };
info[LEVEL] = 'info';
exports.level = String(LEVEL);
exports.info = info;
