// setInterval until cleared, clearTimeout from inside callbacks, this and
// the return values. Each phase starts from the callback that ends the one
// before, so the printed order does not depend on the machine's speed
// (under load even node printed a 7 ms interval before a 3 ms timeout set
// at nearly the same time).
var n = 0;
var iv = null;
function intervals() {
  iv = setInterval(function (tag) {
    n++;
    console.log('interval', tag, n, this === iv);
    if (n === 4) {
      clearInterval(iv);
      console.log('cleared');
      killing();
    }
  }, 7, 'tick');
  console.log(typeof iv, typeof iv.ref, typeof iv.unref, typeof iv.hasRef, typeof iv.refresh);
  console.log(iv.hasRef(), Object.prototype.hasOwnProperty.call(iv.constructor.prototype, 'refresh'));
}

function killing() {
  var victim = setTimeout(function () { console.log('victim: never'); }, 150);
  setTimeout(function () {
    console.log('killer');
    clearTimeout(victim);
    clearTimeout(victim); // twice is fine
    clearTimeout(null);
    clearTimeout(undefined);
    clearTimeout({});
  }, 100);
}

function selfClear() {
  var self = setTimeout(function () {
    clearTimeout(self); // clearing yourself while running: harmless
    console.log('self-clear ran');
    intervals();
  }, 3);
}

// An interval that clears itself on its first run fires once.
var once = setInterval(function () {
  console.log('once');
  clearInterval(once);
  selfClear();
}, 1);

// clearInterval works on timeouts and clearTimeout on intervals.
var t1 = setTimeout(function () { console.log('t1: never'); }, 2);
clearInterval(t1);
var i1 = setInterval(function () { console.log('i1: never'); }, 2);
clearTimeout(i1);
