// Names looked up by their text (obj[k] with k made at run time, names
// the native bindings pass as C strings): the engine remembers, by the
// text's address, the interned name it found there, and takes it again
// only while the text still reads the same (patches/mujs/0194). Short
// strings live in the stack slot that holds them, so one address holds
// one name after another here; longer ones are heap blocks the collector
// frees and hands out again. Every lookup must find its own name's
// property, a name no property has must find none, and a name that
// becomes a property later must be found then.
'use strict';
var o = {}, long = {};
for (var i = 0; i < 300; ++i) {
  o['k' + i] = i;
  long['a fairly long property name, number ' + i] = -i;
}

var sum = 0, wrong = 0, missing = 0;
for (var round = 0; round < 40; ++round) {
  for (var j = 0; j < 300; ++j) {
    var n = (j * 7 + round) % 300;
    var k = 'k' + n;                    // a short string: in its stack slot
    if (o[k] !== n) ++wrong;
    sum += o[k];
    var l = 'a fairly long property name, number ' + n;   // a heap string
    if (long[l] !== -n) ++wrong;
    if (o['k' + (n + 300)] !== undefined) ++missing;     // no such property
    if (('k' + (n + 1000)) in o) ++missing;
    var junk = [k, l, k + l];           // garbage, so blocks are reused
  }
}
console.log('lookups', sum, wrong, missing);

// a name first looked up in vain, then made a property, then deleted
var late = {};
var names = [];
for (var m = 0; m < 50; ++m) names.push('late' + m);
var before = names.filter(function (s) { return late[s] !== undefined; }).length;
names.forEach(function (s, idx) { if (idx % 2) late[s] = idx; });
var after = names.map(function (s) { return late[s] === undefined ? '-' : 'x'; }).join('');
names.forEach(function (s, idx) { if (idx % 4 === 1) delete late[s]; });
var deleted = names.map(function (s) { return s in late ? 'x' : '-'; }).join('');
console.log('late', before, after, deleted);

// names the runtime's native code looks up by C string: events, streams,
// timers, JSON
var EventEmitter = require('events');
var e = new EventEmitter(), got = [];
e.setMaxListeners(0);
for (var r = 0; r < 100; ++r) e.on('ev' + (r % 5), function (v) { got.push(v); });
for (var r2 = 0; r2 < 5; ++r2) e.emit('ev' + r2, r2);
var parsed = JSON.parse(JSON.stringify({ alpha: 1, beta: { gamma: [1, 2, { delta: 'x' }] } }));
setTimeout(function () {
  console.log('native', got.length, got.slice(0, 25).join(''), parsed.beta.gamma[2].delta, Object.keys(parsed).join(','));
}, 1);
