// setInterval until cleared, clearTimeout from inside callbacks, this and
// the return values.
var n = 0;
var iv = setInterval(function (tag) {
  n++;
  console.log('interval', tag, n, this === iv);
  if (n === 4) {
    clearInterval(iv);
    console.log('cleared');
  }
}, 7, 'tick');

var victim = setTimeout(function () { console.log('victim: never'); }, 150);
setTimeout(function () {
  console.log('killer');
  clearTimeout(victim);
  clearTimeout(victim); // twice is fine
  clearTimeout(null);
  clearTimeout(undefined);
  clearTimeout({});
}, 100);

var self = setTimeout(function () {
  clearTimeout(self); // clearing yourself while running: harmless
  console.log('self-clear ran');
}, 3);

// An interval that clears itself on its first run fires once.
var once = setInterval(function () {
  console.log('once');
  clearInterval(once);
}, 1);

// clearInterval works on timeouts and clearTimeout on intervals.
var t1 = setTimeout(function () { console.log('t1: never'); }, 2);
clearInterval(t1);
var i1 = setInterval(function () { console.log('i1: never'); }, 2);
clearTimeout(i1);

console.log(typeof iv, typeof iv.ref, typeof iv.unref, typeof iv.hasRef, typeof iv.refresh);
console.log(iv.hasRef(), Object.prototype.hasOwnProperty.call(iv.constructor.prototype, 'refresh'));
