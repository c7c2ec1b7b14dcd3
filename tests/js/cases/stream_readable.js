// stream: Readable in flowing, paused ('readable') and object mode; push
// after EOF, unshift, setEncoding over split utf8, highWaterMark and
// push()'s return value, pause/resume events, the order of events against
// process.nextTick.
var stream = require('stream');
var Readable = stream.Readable, EE = require('events');
var log = function () { console.log.apply(console, arguments); };

log(Readable.prototype instanceof EE, stream.Stream === stream, typeof stream.Stream.Readable,
  new Readable() instanceof stream.Stream);

// flowing: push from _read, 'data' then 'end' then 'close'
(function () {
  var n = 0;
  var r = new Readable({
    read: function () {
      n++;
      if (n <= 3) this.push('chunk' + n);
      else this.push(null);
    }
  });
  r.on('data', function (d) { log('A data', d.toString(), Buffer.isBuffer(d)); });
  r.on('end', function () { log('A end', r.readableEnded, r.destroyed); });
  r.on('close', function () { log('A close', r.destroyed); });
  log('A flowing', r.readableFlowing);
  process.nextTick(function () { log('A tick'); });
})();

// paused mode: 'readable' and read()
(function () {
  var r = new Readable({ read: function () {} });
  r.push('ab');
  r.push('cd');
  r.on('readable', function () {
    var c;
    while ((c = r.read()) !== null) log('B read', c.toString(), r.readableLength);
  });
  r.on('end', function () { log('B end'); });
  setTimeout(function () { r.push('ef'); r.push(null); }, 1);
})();

// object mode, highWaterMark and push's return value
(function () {
  var r = new Readable({ objectMode: true, highWaterMark: 2, read: function () {} });
  log('C push', r.push({ a: 1 }), r.push(2), r.push('three'), r.readableLength, r.readableHighWaterMark);
  r.push(null);
  log('C after null', r.push === r.push);
  var out = [];
  r.on('data', function (d) { out.push(d); });
  r.on('end', function () { log('C end', JSON.stringify(out)); });
})();

// push after EOF is an error
(function () {
  var r = new Readable({ read: function () {} });
  r.on('error', function (e) { log('D error', e.code, e.message); });
  r.on('close', function () { log('D close'); });
  r.push(null);
  r.push('late');
})();

// setEncoding across a split utf8 sequence, unshift
(function () {
  var r = new Readable({ read: function () {} });
  r.setEncoding('utf8');
  r.push(Buffer.from([0xE2, 0x82]));
  r.push(Buffer.from([0xAC, 0x41]));
  r.unshift('>');
  r.push(null);
  var s = [];
  r.on('data', function (d) { s.push(typeof d + ':' + d); });
  r.on('end', function () { log('E', s.join(' '), r.readableEncoding); });
})();

// pause/resume events
(function () {
  var r = new Readable({ read: function () {} });
  r.on('pause', function () { log('F pause'); });
  r.on('resume', function () { log('F resume'); });
  r.on('data', function (d) {
    log('F data', d.toString());
    r.pause();
    log('F isPaused', r.isPaused());
    setTimeout(function () { r.resume(); }, 1);
  });
  r.push('x');
  r.push('y');
  r.push(null);
  r.on('end', function () { log('F end'); });
})();

// invalid chunk type, _read not implemented
(function () {
  var r = new Readable({ read: function () {} });
  r.on('error', function (e) { log('G error', e.name, e.code, e.message); });
  r.push(42);
  var q = new Readable();
  q.on('error', function (e) { log('G2 error', e.code, e.message); });
  q.read();
})();
