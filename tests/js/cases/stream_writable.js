// stream: Writable backpressure (write() false, 'drain'), cork/uncork with
// _writev, end() and 'finish'/'close' order, write after end, destroy with
// an error, multiple callback, final(), decodeStrings, object mode.
var stream = require('stream');
var Writable = stream.Writable;
var log = function () { console.log.apply(console, arguments); };

(function () {
  var pending = [];
  var w = new Writable({
    highWaterMark: 4,
    write: function (chunk, enc, cb) {
      log('A _write', chunk.toString(), enc);
      pending.push(cb);
    }
  });
  log('A write1', w.write('ab'), w.writableLength, w.writableNeedDrain);
  log('A write2', w.write('cd', function () { log('A cb2'); }), w.writableLength, w.writableNeedDrain);
  w.on('drain', function () { log('A drain', w.writableLength); });
  w.on('finish', function () { log('A finish'); });
  w.on('close', function () { log('A close'); });
  w.on('prefinish', function () { log('A prefinish'); });
  setTimeout(function () {
    pending.shift()();
    setTimeout(function () {
      pending.shift()();
      w.end('z', function (err) { log('A end cb', err); });
      pending.shift()();
    }, 1);
  }, 1);
})();

(function () {
  var w = new Writable({
    writev: function (chunks, cb) {
      log('B writev', chunks.length, chunks.map(function (c) { return c.chunk.toString(); }).join('|'));
      process.nextTick(cb);
    }
  });
  w.cork();
  w.write('1');
  w.write('2');
  w.write('3', 'utf8');
  log('B corked', w.writableCorked);
  process.nextTick(function () { w.uncork(); w.end(); });
  w.on('finish', function () { log('B finish'); });
})();

(function () {
  var w = new Writable({ write: function (c, e, cb) { cb(); } });
  w.on('error', function (e) { log('C error', e.code, e.message); });
  w.end();
  w.write('x', function (err) { log('C write cb', err && err.code); });
  w.on('close', function () { log('C close'); });
})();

(function () {
  var w = new Writable({ write: function (c, e, cb) { cb(); cb(); } });
  w.on('error', function (e) { log('D error', e.code, e.message); });
  w.write('x');
})();

(function () {
  var w = new Writable({
    write: function (c, e, cb) { setTimeout(cb, 1); },
    final: function (cb) { log('E final'); setTimeout(cb, 1); }
  });
  w.write('a');
  w.end();
  w.on('finish', function () { log('E finish', w.writableFinished); });
  w.on('close', function () { log('E close'); });
})();

(function () {
  var w = new Writable({ write: function (c, e, cb) { cb(); } });
  w.on('error', function (e) { log('F error', e.message); });
  w.on('close', function () { log('F close', w.destroyed, w.errored && w.errored.message); });
  w.destroy(new Error('boom'));
  log('F destroyed', w.destroyed, w.writable);
  w.write('late', function (err) { log('F write cb', err.code); });
})();

(function () {
  var w = new Writable({
    decodeStrings: false,
    write: function (c, e, cb) { log('G', typeof c, e); cb(); }
  });
  w.write('str', 'latin1');
  var o = new Writable({ objectMode: true, write: function (c, e, cb) { log('G obj', JSON.stringify(c), e); cb(); } });
  o.write({ k: 1 });
  try { o.write(null); } catch (e) { log('G null', e.code, e.message); }
  try { w.write(5); } catch (e) { log('G num', e.code); }
  try { w.write('x', 'bogus'); } catch (e) { log('G enc', e.code, e.message); }
})();

(function () {
  var w = new Writable({ write: function (c, e, cb) { cb(new Error('write failed')); } });
  w.on('error', function (e) { log('H error', e.message); });
  w.on('close', function () { log('H close'); });
  w.write('a', function (err) { log('H cb', err.message); });
})();
