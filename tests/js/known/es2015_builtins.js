// known: function name inference, source text and array holes (mujs is ES5)
// ES2015+ behaviour mujs (ES5) lacks; supplied later (docs).
console.log(Number.MAX_SAFE_INTEGER, typeof Symbol, typeof Map);
console.log({ anon: function () {} });          // name inference
console.log(String(function foo() {}));         // source text kept
console.log([1, , 3]);                          // elisions are holes
