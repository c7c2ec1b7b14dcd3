// a binding of undefined by destructuring
module.exports = function (o) {
  var { undefined } = o;
  var [a, ...rest] = [undefined, 2];
  return [undefined, a, rest.length];
};
