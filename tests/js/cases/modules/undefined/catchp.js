// a catch parameter named undefined
module.exports = function () {
  try { throw 'caught'; } catch (undefined) { return [undefined, (function () { return undefined; })()]; }
};
