// a function declared, and a function expression named, undefined
module.exports = function () {
  var named = (function undefined() { return typeof undefined; })();
  return [named, typeof decl(), (function () { return typeof undefined; })()];
  function decl() { return undefined; }
  function undefined() { return 'declared'; }
};
