// Delays below 1, NaN and non-numbers become 1 ms (Node's coercion);
// numeric strings count; the callback must be a function.
var order = [];
setTimeout(function () { console.log('50'); }, 50);
setTimeout(function () { console.log('"30" (string)'); }, '30');
setTimeout(function () { console.log('negative'); }, -10);
setTimeout(function () { console.log('NaN'); }, NaN);
setTimeout(function () { console.log('undefined'); });
setTimeout(function () { console.log('abc'); }, 'abc');
setTimeout(function () { console.log('0.5'); }, 0.5);
setTimeout(function () { console.log('null'); }, null);
setTimeout(function () { console.log('object valueOf 20'); }, { valueOf: function () { return 20; } });
[undefined, null, 42, 'str', {}].forEach(function (bad) {
  try { setTimeout(bad, 1); } catch (e) { console.log(e.name, e.code, e.message); }
});
try { setImmediate('x'); } catch (e) { console.log(e.name, e.code, e.message); }
try { setInterval(); } catch (e) { console.log(e.name, e.code, e.message); }
try { process.nextTick(5); } catch (e) { console.log(e.name, e.code, e.message); }
try { queueMicrotask(null); } catch (e) { console.log(e.name, e.code, e.message); }
