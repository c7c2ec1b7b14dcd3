// Reserved words as property names, after a dot and in object literals,
// in every position: joi's compile.js has `break: options.break` before a
// line break and `}` (no semicolon may be inserted after a name).
var options = { break: 1, return: 8, continue: 3, default: 4, if: 5, get in() { return 6; },
  set new(v) { this._n = v; }, class: 7, 9: 'nine', get 10() { return 'ten'; }, get 'q k'() { return 'qk'; } };
var rule = {
    switch: [],
    break: options.break
};
function f(o) {
  return o.return
}
function g() {
  var x = options.continue
  return x
}
console.log(rule.break, f(options), g(), options.default, options.if, options.in, options[10], options['q k']);
options.new = 5;
console.log(options._n, options.class, options[9]);
// no regular expression after a name that is a keyword
var two = 2;
console.log(options.return / 2 / two, options.typeof
);
var o = { default: 1, typeof: 2, null: 3, true: 4, function: 5, var: 6, this: 7, delete: 8, instanceof: 9,
  enum: 10, import: 11, export: 12, super: 13, extends: 14, const: 15, let: 16, yield: 17, static: 18 };
console.log(Object.keys(o).join(','), o.null + o.true + o.function + o.var + o.this + o.delete + o.instanceof + o.enum);
var t = { throw: function () { return 'thrown' }, catch: function (fn) { return fn() } };
console.log(t.throw
(), t.catch(function () { return 'caught'; }))
