// worker_threads conformance, compared with Node's output (tests/boot/workers.sh).
// Each step waits for the previous one; the output is deterministic.
'use strict';
var wt = require('worker_threads');
var path = require('path');
var Worker = wt.Worker;


// a canonical description of a value: type names and contents, cycles by path
function describe(v, seen) {
  seen = seen || [];
  if (v === null) return 'null';
  var t = typeof v;
  if (t === 'number') return (v === 0 && 1 / v < 0) ? 'number(-0)' : 'number(' + v + ')';
  if (t === 'string') return 'string(' + JSON.stringify(v) + ')';
  if (t !== 'object') return t + '(' + String(v) + ')';
  var i = seen.indexOf(v);
  if (i >= 0) return 'ref(' + i + ')';
  seen.push(v);
  var tag = Object.prototype.toString.call(v).slice(8, -1);
  var ctor = v.constructor && v.constructor.name;
  if (v instanceof Date) return 'Date(' + v.toISOString() + ')';
  if (v instanceof RegExp) return 'RegExp(' + v.source + ',' + v.flags + ')';
  if (v instanceof Map) { var m = []; v.forEach(function (val, k) { m.push(describe(k, seen) + '=>' + describe(val, seen)); }); return 'Map{' + m.join(',') + '}'; }
  if (v instanceof Set) { var s = []; v.forEach(function (val) { s.push(describe(val, seen)); }); return 'Set{' + s.join(',') + '}'; }
  if (v instanceof Error) return ctor + '(' + v.name + ': ' + v.message + (v.cause !== undefined ? ', cause ' + describe(v.cause, seen) : '') + ')';
  if (tag === 'ArrayBuffer') return 'ArrayBuffer(' + Array.prototype.join.call(new Uint8Array(v), ' ') + ')';
  if (ArrayBuffer.isView(v)) {
    if (tag === 'DataView') return 'DataView(' + v.byteOffset + ',' + v.byteLength + ')';
    return ctor + '(' + Array.prototype.join.call(v, ' ') + ' @' + v.byteOffset + '/' + v.buffer.byteLength + ')';
  }
  if (Array.isArray(v)) return '[' + Object.keys(v).map(function (k) { return k + ':' + describe(v[k], seen); }).join(',') + '] len ' + v.length;
  if (tag === 'Number' || tag === 'String' || tag === 'Boolean') return 'boxed ' + tag + '(' + v.valueOf() + ')';
  return ctor + '{' + Object.keys(v).map(function (k) { return k + ':' + describe(v[k], seen); }).join(',') + '}';
}

var steps = [];
function next() { var s = steps.shift(); if (s) s(); else console.log('all done'); }

// 1. workerData, threadId, events, order per sender
steps.push(function () {
  console.log('main: isMainThread', wt.isMainThread, 'threadId', wt.threadId, 'parentPort', wt.parentPort);
  var w = new Worker(path.join(__dirname, 'echo.js'), { workerData: { n: 21, list: [1, 'two', null] }, argv: ['a', 'b'] });
  var got = [];
  w.on('online', function () { got.push('online'); });
  w.on('message', function (m) {
    if (m && m.hello) { console.log('basic: hello from', JSON.stringify(m)); return; }
    got.push(m);
  });
  w.on('exit', function (code) {
    var inOrder = true;
    for (var i = 1; i < got.length; i++) if (got[i] !== i) inOrder = false;
    console.log('basic: first event', got[0] + ',', got.length - 1, 'numbers, in order:', inOrder, 'exit', code);
    next();
  });
  for (var i = 1; i <= 100; i++) w.postMessage(i);
  w.postMessage('done');
});

// 2. structured clone of each type, there and back
steps.push(function () {
  var w = new Worker(path.join(__dirname, 'echo.js'), { workerData: { n: 0, list: [] } });
  var ab = new ArrayBuffer(4);
  new Uint8Array(ab).set([1, 2, 3, 4]);
  var obj = { a: 1, s: 'str', b: true };
  var cyc = { name: 'cyc' };
  cyc.self = cyc;
  var shared = [1, 2];
  var err = new RangeError('out of range');
  var sparse = [];
  sparse[0] = 1;
  sparse[2] = 3;
  var values = [
    undefined, null, true, 42, -0, NaN, Infinity, 'text', sparse,
    obj, { nested: { deep: [obj, obj] } }, cyc, { x: shared, y: shared },
    new Date(86400000), /ab+c/gi, new Map([[1, 'one'], ['k', { v: 2 }]]), new Set([1, 'x', 1]),
    Buffer.alloc(2, 'h'), new Uint16Array([1, 2, 65535]), new Float64Array([0.5, -1]), ab,
    new Uint8Array(ab, 1, 2), new DataView(ab, 1, 2), err, new TypeError('bad type'),
    new Error('with cause', { cause: 'why' }), Object(5), Object('s'),
  ];
  var i = 0;
  w.on('message', function (m) {
    if (m && m.hello) return;
    console.log('clone', i + ':', describe(m));
    if (++i === values.length) w.postMessage('done');
  });
  w.on('exit', function (code) {
    console.log('clone: exit', code);
    next();
  });
  values.forEach(function (v) { w.postMessage(v); });
  // what cannot be cloned: postMessage throws, nothing is sent
  [function foo() {}, Symbol('x'), { f: function () {} }, { s: Symbol('y') }].forEach(function (v, k) {
    try {
      w.postMessage(v);
      console.log('uncloneable', k, 'was sent');
    } catch (e) {
      // (a function's text differs: mujs keeps no source, Node prints it)
      console.log('uncloneable', k + ':', e.name, / could not be cloned\.$/.test(e.message), /^Symbol\([xy]\) /.test(e.message));
    }
  });
});

// 3. an uncaught error in a worker is the parent's 'error'; another worker carries on
steps.push(function () {
  var busy = new Worker(path.join(__dirname, 'sum.js'), { workerData: 200000 });
  var thrower = new Worker(path.join(__dirname, 'throw.js'));
  var left = 2, lines = [];
  // two cores: which ends first is not ours to say; each one's own order is
  function done() { if (--left === 0) { console.log(lines.sort().join('\n')); next(); } }
  busy.on('message', function (m) { lines.push('throw: b: the other worker finished: ' + m); });
  busy.on('exit', function (code) { lines.push('throw: c: the other worker exit ' + code); done(); });
  thrower.on('error', function (e) { lines.push('throw: a: error event ' + (e instanceof TypeError) + ' ' + e.name + ': ' + e.message); });
  thrower.on('exit', function (code) { lines.push('throw: d: exit ' + code); done(); });
});

// 4. a worker in an endless loop is terminated
steps.push(function () {
  var w = new Worker(path.join(__dirname, 'spin.js'));
  w.on('message', function (m) {
    console.log('terminate: worker says', m);
    w.terminate().then(function (code) { console.log('terminate: promise gives', code); });
  });
  w.on('exit', function (code) { console.log('terminate: exit', code); setTimeout(next, 10); });
});

// 5. process.exit in a worker ends the worker only
steps.push(function () {
  var w = new Worker(path.join(__dirname, 'exit.js'));
  w.on('message', function (m) { console.log('exit: worker says', m); });
  w.on('exit', function (code) { console.log('exit: exit code', code); next(); });
});

// 6. more workers than cores: all run, results gathered
steps.push(function () {
  var n = 6, left = n, results = [];
  for (var k = 1; k <= n; k++) {
    (function (k) {
      var w = new Worker(path.join(__dirname, 'sum.js'), { workerData: k * 1000 });
      w.on('message', function (m) { results[k - 1] = m; });
      w.on('exit', function () {
        if (--left === 0) { console.log('many:', results.join(' ')); next(); }
      });
    })(k);
  }
});

// 7. crypto and Math.random in a worker
steps.push(function () {
  var w = new Worker(path.join(__dirname, 'crypto.js'));
  w.on('message', function (m) { console.log('crypto:', m); });
  w.on('exit', function (code) { console.log('crypto: exit', code); next(); });
});

// 8. MessageChannel in one isolate
steps.push(function () {
  var ch = new wt.MessageChannel();
  ch.port2.on('message', function (m) {
    console.log('channel: port2 got', describe(m));
    ch.port2.postMessage({ back: m.n + 1 });
  });
  ch.port1.on('message', function (m) {
    console.log('channel: port1 got', describe(m));
    ch.port1.close();
  });
  ch.port2.on('close', function () { console.log('channel: closed'); next(); });
  ch.port1.postMessage({ n: 1, d: new Date(0) });
});

next();
