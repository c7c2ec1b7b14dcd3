// Object.prototype.toString and @@toStringTag (ES2015 19.1.3.6):
// "[object process]" for node's process (axios picks its http adapter by
// it), typed arrays, and tags defined by the program or by built-ins
// under Symbol.toStringTag.
var ts = Object.prototype.toString;
console.log(ts.call(process), process[Symbol.toStringTag], ts.call(new Uint8Array(1)), ts.call(new Float32Array(0)));
class Headers { get [Symbol.toStringTag]() { return 'AxiosHeaders'; } }
console.log(ts.call(new Headers()), String(new Headers()), `${{ [Symbol.toStringTag]: 'Lit' }}`);
console.log(ts.call(new Map()), ts.call(new Set()), ts.call(Promise.resolve()), ts.call(Symbol('s')), ts.call(Math), ts.call(JSON));
console.log(ts.call({}), ts.call([]), ts.call(null), ts.call(undefined), ts.call('s'), ts.call(1), ts.call(function () {}), ts.call(/x/), ts.call(new Date(0)));
console.log(ts.call({ [Symbol.toStringTag]: 5 }), Object.keys(process).indexOf('@@toStringTag'), Object.keys({}).length);
var kindOf = function (thing) { return ts.call(thing).slice(8, -1).toLowerCase(); };
console.log(kindOf(process), kindOf(new Headers()));
