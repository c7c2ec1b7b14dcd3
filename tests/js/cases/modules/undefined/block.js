// let and const named undefined in blocks
module.exports = function () {
  var out = [];
  { let undefined = 'let'; out.push(undefined, (function () { return undefined; })()); }
  out.push(typeof undefined);
  for (const undefined of ['of']) out.push(undefined);
  return out;
};
