// ref/unref/hasRef/refresh/close: an unref'd timer does not keep the
// process alive but fires while something else does.
var u = setTimeout(function () { console.log('unref long: never'); }, 5000);
console.log(u.unref() === u, u.hasRef());
var u2 = setTimeout(function () { console.log('unref short fires while b waits'); }, 45);
u2.unref();
var r = setTimeout(function () { console.log('re-ref fires'); }, 55);
r.unref();
r.ref();
console.log(r.hasRef());

var ui = setInterval(function () { console.log('unref interval: never'); }, 10000).unref();
console.log(ui.hasRef());

// refresh pushes a timer back by its full delay, from now
var a = setTimeout(function () { console.log('a (refreshed) fires after b'); }, 60);
setTimeout(function () { console.log('refreshing a'); a.refresh(); }, 36);
setTimeout(function () { console.log('b fires'); }, 70);

// refresh after firing starts it again; after clearing it does not
var count = 0;
var again = setTimeout(function () {
  count++;
  console.log('again', count);
  if (count === 1) again.refresh();
}, 12);
var cleared = setTimeout(function () { console.log('cleared: never'); }, 5);
clearTimeout(cleared);
cleared.refresh();
var closed = setTimeout(function () { console.log('closed: never'); }, 5);
console.log(closed.close() === closed);

var imm = setImmediate(function () { console.log('unref\'d immediate runs: other work keeps the loop alive'); });
console.log(imm.unref() === imm, imm.hasRef(), imm.ref().hasRef());
imm.unref();
process.on('exit', function () { console.log('exit; again ran', count, 'times'); });
