// fs's callback API (js/lib/fs.js, js/lib/timers.js: a callback owed by
// an operation already done is queued apart from the immediates and run
// at the check phase's start): each callback gets Node's arguments
// (cb(err) or cb(null, value): their count too), runs in the async
// context it was queued in (AsyncLocalStorage), one that throws reaches
// 'uncaughtException' and the others still run, its nextTick runs right
// after it, and one queued from a callback runs later. Node runs these
// from its thread pool, so their order against setImmediate is not
// fixed there: the lines are sorted, and the order that is fixed is
// printed as a check.
var fs = require('fs');
var als = new (require('async_hooks').AsyncLocalStorage)();
var out = [], seq = [];
fs.writeFileSync('/tmp/owed-a.txt', 'abc');
process.on('uncaughtException', function (e) { out.push('uncaught ' + e.message + ' store=' + als.getStore()); });
als.run('A', function () {
  fs.stat('/tmp/owed-a.txt', function (err, st) {
    out.push('stat ok: args=' + arguments.length + ' err=' + err + ' size=' + st.size + ' store=' + als.getStore());
    throw new Error('thrown in a callback');
  });
});
als.run('B', function () {
  fs.stat('/tmp/owed-none', function (err) {
    out.push('stat missing: args=' + arguments.length + ' ' + err.code + ' ' + err.syscall + ' store=' + als.getStore());
    seq.push('statB');
    process.nextTick(function () { seq.push('tickB'); });
    fs.readFile('/tmp/owed-a.txt', 'utf8', function (e, text) {
      out.push('nested readFile: args=' + arguments.length + ' ' + e + ' ' + text + ' store=' + als.getStore());
      seq.push('nested');
    });
  });
});
fs.exists('/tmp/owed-a.txt', function (yes) { out.push('exists: args=' + arguments.length + ' ' + yes); });
fs.readdir('/tmp', function (err, names) { out.push('readdir: ' + err + ' ' + (names.indexOf('owed-a.txt') >= 0)); });
fs.unlink('/tmp/owed-gone', function (err) { out.push('unlink missing: args=' + arguments.length + ' ' + err.code); });
setImmediate(function () { out.push('immediate store=' + als.getStore()); });
setTimeout(function () {
  out.sort().forEach(function (l) { console.log(l); });
  console.log('tick right after its callback:', seq[seq.indexOf('statB') + 1] === 'tickB');
  console.log('nested after its parent:', seq.indexOf('nested') > seq.indexOf('statB'));
}, 100);
