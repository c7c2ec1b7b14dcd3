// Promise's constructor, resolving functions, then/catch/finally and
// Promise.resolve/reject, against node: the TypeErrors' wording, a pair
// of resolving functions that acts once, thenables adopted (also one
// whose then throws, or calls back twice), a promise resolved with
// itself, finally passing values and reasons through (its callback's
// throw or rejection replacing them), Promise.resolve returning its own
// promise, and a subclass.
'use strict';
const log = (...a) => console.log(...a);
for (const x of [undefined, 1, 'abc', {}, [1, 2], null, true]) {
  try { new Promise(x); } catch (e) { log(e.constructor.name, e.message); }
}
try { Promise(() => {}); } catch (e) { log(e.constructor.name, e.message); }
try { Promise.prototype.then.call({}); } catch (e) { log(e.constructor.name, e.message); }
try { Promise.resolve.call(1); } catch (e) { log(e.constructor.name, e.message); }

let res, rej;
const p = new Promise((a, b) => { res = a; rej = b; });
log(typeof res, res.length, typeof rej, rej.length, Object.getOwnPropertyNames(p).length);
log(Object.prototype.toString.call(p), p instanceof Promise, p.constructor === Promise);
res('first'); res('second'); rej(new Error('late'));
p.then((v) => log('settled once', v));

// the executor's throw after resolve is ignored; before it, it rejects
new Promise((a) => { a('kept'); throw new Error('ignored'); }).then((v) => log('executor', v));
new Promise(() => { throw new Error('thrown'); }).catch((e) => log('executor threw', e.message));

// thenables
Promise.resolve({ then(r) { r('thenable'); } }).then((v) => log('adopted', v));
Promise.resolve({ then(r, j) { r('once'); j(new Error('no')); r('twice'); } }).then((v) => log('first call wins', v));
Promise.resolve({ then() { throw new Error('then threw'); } }).catch((e) => log('rejected by', e.message));
Promise.resolve({ get then() { throw new Error('getter threw'); } }).catch((e) => log('rejected by', e.message));
Promise.resolve({ then: 5 }).then((v) => log('not a thenable', v.then));
const deep = Promise.resolve(Promise.resolve(Promise.resolve('deep')));
deep.then((v) => log('nested', v));

// resolved with itself
let self;
const cyc = new Promise((r) => { self = r; });
self(cyc);
cyc.catch((e) => log(e.constructor.name, e.message));
const cyc2 = Promise.resolve().then(() => cyc2);
cyc2.catch((e) => log('then cycle', e.message));

// then's handlers: non-functions pass values and reasons through
Promise.resolve(7).then(null, 'x').then(undefined).then((v) => log('passed through', v));
Promise.reject(new Error('r')).then((v) => v).then(null, (e) => log('reason through', e.message));
Promise.resolve(1).then((v) => { throw v + 1; }).catch((v) => log('thrown value', v));
Promise.resolve(1).then(() => Promise.reject(new Error('inner'))).catch((e) => log('inner rejection', e.message));

// finally
Promise.resolve('val').finally(() => 'ignored').then((v) => log('finally keeps', v));
Promise.reject(new Error('why')).finally(() => {}).catch((e) => log('finally keeps reason', e.message));
Promise.resolve('val').finally(() => { throw new Error('finally threw'); }).catch((e) => log(e.message));
Promise.resolve('val').finally(() => Promise.reject(new Error('finally rejected'))).catch((e) => log(e.message));
Promise.resolve('v2').finally(() => new Promise((r) => setTimeout(r, 5))).then((v) => log('finally waited', v));
Promise.resolve('v3').finally(42).then((v) => log('finally non-function', v));
log('finally length', Promise.prototype.finally.length, typeof Promise.prototype.catch);

// Promise.resolve / reject
const own = Promise.resolve(3);
const rj = Promise.reject(own);
log('same promise', Promise.resolve(own) === own, rj === own);
rj.catch((r) => log('rejected with the promise', r === own));

// a subclass: then() makes the subclass's promises
class MyPromise extends Promise {}
const mp = new MyPromise((r) => r('sub'));
log('subclass', mp instanceof MyPromise, mp instanceof Promise);
const mt = mp.then((v) => log('subclass then', v));
log('then of a subclass', mt instanceof MyPromise);
log('sync end');
// several reactions on one promise, before and after it settles: in order
let later;
const multi = new Promise((r) => { later = r; });
multi.then((v) => log('reaction 1', v));
multi.catch(() => log('never'));
multi.then((v) => log('reaction 3', v));
multi.finally(() => log('reaction 4'));
later('m');
multi.then((v) => log('reaction 5', v));
const multiRej = Promise.reject(new Error('mr'));
multiRej.catch((e) => log('rejection reaction 1', e.message));
multiRej.then(null, (e) => log('rejection reaction 2', e.message));
