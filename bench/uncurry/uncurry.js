// bench/uncurry-insn.sh's program: FORM N. N calls of {}.hasOwnProperty
// uncurried as core-js's internals/function-uncurry-this.js does it:
//   bind      Function.prototype.bind.bind(call, call) (a native bind)
//   closure   function () { return call.apply(fn, arguments); } (its
//             fallback when bind looks like a polyfill)
//   callform  hasOwnProperty.call(o, k), written out
//   empty     the loop alone
var form = process.argv[2], N = +process.argv[3];
var FunctionPrototype = Function.prototype;
var call = FunctionPrototype.call;
var uncurryThis = form === 'bind' ? FunctionPrototype.bind.bind(call, call) : function (fn) {
  return function () {
    return call.apply(fn, arguments);
  };
};
var hop = {}.hasOwnProperty, hasOwn = uncurryThis(hop);
var o = { x: 1 }, c = 0, i;
if (form === 'empty')
  for (i = 0; i < N; i++) { if (hop) c++; }
else if (form === 'callform')
  for (i = 0; i < N; i++) { if (hop.call(o, 'x')) c++; }
else
  for (i = 0; i < N; i++) { if (hasOwn(o, 'x')) c++; }
console.log(form, c);
