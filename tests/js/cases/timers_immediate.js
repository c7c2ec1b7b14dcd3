// setImmediate: queue order, arguments, clearImmediate, and immediates
// queued during the check phase run in the next loop iteration. Each
// phase starts from the callback that ends the one before, so no order
// printed here depends on the machine's speed.
setImmediate(function (a, b) { console.log('immediate 1', a, b); }, 'x', 'y');
var gone = setImmediate(function () { console.log('cleared: never'); });
setImmediate(function () {
  console.log('immediate 2');
  setImmediate(function () {
    console.log('immediate from immediate (next iteration)');
    setTimeout(insideTimer, 30);
  });
  process.nextTick(function () { console.log('tick between immediates'); });
});
setImmediate(function () { console.log('immediate 3'); });
clearImmediate(gone);
clearImmediate(gone);
clearImmediate(undefined);

// inside a timer callback, an immediate runs before a new 0 ms timer
function insideTimer() {
  var order = [];
  setTimeout(function () { order.push('timeout'); }, 0);
  setImmediate(function () { order.push('immediate'); });
  setTimeout(function () {
    console.log('inside a timer:', order.join(' then '));
    clearing();
  }, 20);
}

// an immediate clearing a later one of the same phase
function clearing() {
  var b;
  setImmediate(function () { console.log('a clears b'); clearImmediate(b); });
  b = setImmediate(function () { console.log('b: never'); });
  setImmediate(function () { console.log('c runs'); });
}
console.log('main end');
