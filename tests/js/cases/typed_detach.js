// Transfer detaches an ArrayBuffer (patches/mujs/0135): after
// port.postMessage(x, [ab]) the sender's buffer and every view on it are
// empty, reading gives undefined, methods and constructors throw V8's
// errors, cloning it again is a DataCloneError, and the receiver has the
// bytes (MessageChannel in one isolate; tests/boot/workers.sh across cores).
'use strict';
var wt = require('worker_threads');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'throws', e.name, e.message, e.code); }
}
var ch = new wt.MessageChannel();
var got = [];
ch.port2.on('message', function (m) { got.push(m); });

var ab = new ArrayBuffer(16);
var u8 = new Uint8Array(ab, 4, 8), f64 = new Float64Array(ab, 8, 1), dv = new DataView(ab, 2, 6);
for (var i = 0; i < 16; i++) new Uint8Array(ab)[i] = i * 3;
var sub = u8.subarray(2, 5);
ch.port1.postMessage({ buf: ab, view: u8, tag: 'first' }, [ab]);
show('ab.byteLength', function () { return ab.byteLength; });
show('u8', function () { return [u8.length, u8.byteLength, u8.byteOffset, u8[0], u8[7]]; });
show('sub', function () { return [sub.length, sub.byteLength, sub.byteOffset, sub[0]]; });
show('f64', function () { return [f64.length, f64.byteOffset, f64[0]]; });
show('u8.buffer === ab', function () { return u8.buffer === ab; });
show('store ignored', function () { u8[0] = 9; return u8[0]; });
show('keys', function () { return Object.keys(u8).length + ' ' + JSON.stringify(u8) + ' ' + Array.prototype.slice.call(u8).length; });
show('dv.byteLength', function () { return dv.byteLength; });
show('dv.byteOffset', function () { return dv.byteOffset; });
show('dv.getUint8', function () { return dv.getUint8(0); });
show('dv.setInt16', function () { return dv.setInt16(0, 1); });
show('dv.buffer', function () { return dv.buffer === ab; });
show('fill', function () { return u8.fill(1); });
show('join', function () { return u8.join(); });
show('set', function () { return u8.set([1]); });
show('subarray', function () { return u8.subarray(0).length; });
show('slice', function () { return ab.slice(0); });
show('new Uint8Array(ab)', function () { return new Uint8Array(ab); });
show('new Uint8Array(u8)', function () { return new Uint8Array(u8); });
show('new DataView(ab)', function () { return new DataView(ab); });
show('clone again', function () { ch.port1.postMessage(ab); });
show('clone view', function () { ch.port1.postMessage({ v: u8 }); });
show('transfer again', function () { ch.port1.postMessage('again', [ab]); return 'sent'; });
var ab2 = new ArrayBuffer(4);
show('duplicate', function () { ch.port1.postMessage(1, [ab2, ab2]); });
show('after duplicate', function () { return ab2.byteLength; });
var ab3 = new ArrayBuffer(5);
show('not in value', function () { ch.port1.postMessage('x', [ab3]); return ab3.byteLength; });
show('a view in the list', function () { ch.port1.postMessage(1, [new Uint8Array(2)]); });
show('a number in the list', function () { ch.port1.postMessage(1, [1]); });
var ab4 = new ArrayBuffer(3);
show('clone error keeps it', function () { try { ch.port1.postMessage({ f: function () {} }, [ab4]); } catch (e) { return e.name + ' ' + ab4.byteLength; } });

setImmediate(function () {
  var m = got[0];
  console.log('got', m.tag, m.buf.byteLength, Array.prototype.slice.call(new Uint8Array(m.buf)).join(','));
  console.log('view', m.view.byteOffset, m.view.length, m.view.buffer === m.buf, Array.prototype.slice.call(m.view).join(','));
  console.log('then', got.slice(1).map(function (x) { return typeof x === 'object' ? 'ArrayBuffer ' + x.byteLength : x; }).join(' | '));
  ch.port1.close();
});
