// Object.prototype.toString.call(process) is "[object process]" also in a
// program that never names Symbol (no core-js Symbol packed): the engine
// reads the tag itself.
var ts = Object.prototype.toString;
console.log(ts.call(process), ts.call(new Int16Array(2)), ts.call({}), ts.call([]));
console.log(Object.keys(process).indexOf('@@toStringTag'), ts.call(process).slice(8, -1).toLowerCase() === 'process');
