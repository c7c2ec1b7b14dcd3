// Node's "The ... argument must be ... Received ..." texts, one helper for
// every core module (js/lib/internal_errors.js): each kind of wrong value
function show(f) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.code, '|', e.message); }
}
var anon = [function () {}][0];
function Named() {}
show(function () { Buffer.from(anon); });
show(function () { Buffer.from(5); });
show(function () { Buffer.concat([new Named()]); });
show(function () { Buffer.compare('a', Buffer.alloc(1)); });
show(function () { require('events').prototype.on.call(new (require('events'))(), 'x', 5); });
show(function () { require('events').defaultMaxListeners = 'x'; });
show(function () { require('util').deprecate(function () {}, 'm', 5); });
show(function () { require('fs').readFileSync({}); });
show(function () { require('fs').readFileSync(12.5e300, 'utf8'); });
show(function () { require('crypto').createHash(5); });
show(function () { require('crypto').createHash('sha256').update(true); });
show(function () { require('zlib').deflateSync(null); });
show(function () { require('zlib').deflateSync('x', { level: 'high' }); });
show(function () { require('dns').lookup(5, function () {}); });
show(function () { require('dns').lookup('localhost', 'x', function () {}); });
show(function () { require('url').parse(null); });
show(function () { require('url').format(7); });
show(function () { require('diagnostics_channel').subscribe('c', 'not a function'); });
show(function () { new (require('async_hooks').AsyncResource)(42); });
show(function () { process.emitWarning(5); });
show(function () { new (require('stream').Writable)().write(1); });
show(function () { require('stream').finished('x'); });
show(function () { require('buffer').Buffer.alloc('10'); });
show(function () { require('string_decoder'); Buffer.from('x').toString(undefined, 'a'); });
show(function () { require('fs').writeFileSync('/tmp/x', { toString: 1 }); });
