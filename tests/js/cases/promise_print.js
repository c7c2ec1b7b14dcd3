// util.inspect / console.log of promises against node: pending,
// fulfilled, rejected (an Error's stack indented inside the braces), a
// promise inside arrays and objects, own properties after the state, a
// subclass's prefix, depth, and util.types.isPromise.
// compare: strip-stack
'use strict';
const util = require('util');
const pending = new Promise(() => {});
const rejected = Promise.reject(3);
rejected.catch(() => {});
const rejErr = Promise.reject(new Error('boom'));
rejErr.catch(() => {});
console.log(Promise.resolve(1), pending, rejected);
console.log(rejErr);
console.log([Promise.resolve({ a: 1 })], { p: Promise.resolve('s') });
const withProps = Promise.resolve(5);
withProps.x = 1;
console.log(withProps);
console.log(Promise.resolve(Promise.resolve(undefined)));
const nested = Promise.resolve({ a: { b: { c: { d: 1 } } } });
setTimeout(() => {
  console.log(nested, util.inspect(nested, { depth: 0 }));
  console.log(util.inspect({ x: { y: { z: Promise.resolve(1) } } }, { depth: 1 }));
  class MyPromise extends Promise {}
  console.log(MyPromise.resolve('sub'));
  console.log(util.types.isPromise(pending), util.types.isPromise({ then() {} }), util.types.isPromise(Promise));
  console.log(util.format('%o', Promise.resolve(2)).split('\n')[0], String(Promise.resolve()), `${pending}`);
  console.log(util.inspect(Promise.resolve('x'), { showHidden: true }));
  console.log(JSON.stringify(Promise.resolve(1)), Object.keys(pending));
}, 1);
