function check(n) {
  if (n > 2)
    throw new RangeError('too big: ' + n);
  return n;
}

exports.fail = function fail(n, m) {
  return check(n);
};
exports.strict = function () { 'use strict'; return typeof this; };
exports.sloppy = function () { return typeof this; };
exports.re = /id=([A-Z])(\d+);/gi;
exports.nums = [0, -1, 32768, 0.1, 1e21, -2.5e-7, 0x7fffffff];
exports.str = 'caf\u00e9 \u4e2d \ud83d\ude00 a\0b';
