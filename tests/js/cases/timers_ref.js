// ref/unref/hasRef/refresh/close: an unref'd timer does not keep the
// process alive but fires while something else does.
//
// Every order printed here is forced whatever the machine's speed: timers
// compared with each other are started in the same callback (deadline
// order), and each phase starts from the callback that ends the one
// before. (An unref'd immediate against a 12 ms timer was a race: its
// order depended on how long the first loop turn took.) Timers started
// in one callback are 100 ms or more apart: only a stall that long between
// two statements could swap them.
var u = setTimeout(function () { console.log('unref long: never'); }, 600000);
console.log(u.unref() === u, u.hasRef());
var ui = setInterval(function () { console.log('unref interval: never'); }, 600000).unref();
console.log(ui.hasRef());

var immRan = false;
var imm = setImmediate(function () { immRan = true; });
console.log(imm.unref() === imm, imm.hasRef(), imm.ref().hasRef());
imm.unref();

var cleared = setTimeout(function () { console.log('cleared: never'); }, 5);
clearTimeout(cleared);
cleared.refresh(); // refresh after clearing does not start it again
var closed = setTimeout(function () { console.log('closed: never'); }, 5);
console.log(closed.close() === closed);

// Phase 1: an unref'd timer fires while a ref'd one keeps the loop alive;
// unref then ref again makes a timer count again.
var u2 = setTimeout(function () { console.log('unref short fires while b waits'); }, 100);
u2.unref();
var r = setTimeout(function () { console.log('re-ref fires'); }, 200);
r.unref();
r.ref();
console.log(r.hasRef());
setTimeout(function () {
  console.log('b fires');
  phase2();
}, 300);

// Phase 2: refresh pushes a timer back by its full delay, from now (at 100
// or later, so to 400 or later: after b2 at 250).
function phase2() {
  var a = setTimeout(function () {
    console.log('a (refreshed) fires after b2');
    phase3();
  }, 300);
  setTimeout(function () { console.log('refreshing a'); a.refresh(); }, 100);
  setTimeout(function () { console.log('b2 fires'); }, 250);
}

// Phase 3: refresh after firing starts it again.
var count = 0;
function phase3() {
  var again = setTimeout(function () {
    count++;
    console.log('again', count);
    if (count === 1) again.refresh();
  }, 12);
}

process.on('exit', function () {
  console.log('exit; again ran', count, 'times; the unref\'d immediate ran:', immRan);
});
