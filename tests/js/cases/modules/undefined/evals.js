// direct eval: it reads the caller's binding, and var in it makes one in
// the calling function (patches/mujs/0230), not in the scope above
module.exports = function () {
  var out = [];
  (function () { var undefined = 'outer'; out.push(eval('undefined')); })();
  (function () { eval('var undefined = "made"'); out.push(undefined); })();
  out.push(eval('typeof undefined'));
  (function () { eval('var Math = 1'); out.push(Math); })();
  out.push(typeof Math, typeof Math.max);
  var kept = 'kept';
  (function () { eval('var kept'); out.push(kept); })();
  eval('var kept');
  out.push(kept);
  return out;
};
