// Delays below 1, NaN and non-numbers become 1 ms (Node's coercion);
// numeric strings count; the callback must be a function. (Delays 100 ms
// or more apart, so that no stall of the machine can swap them.)
var order = [];
setTimeout(function () { console.log('500'); }, 500);
setTimeout(function () { console.log('"300" (string)'); }, '300');
setTimeout(function () { console.log('negative'); }, -10);
setTimeout(function () { console.log('NaN'); }, NaN);
setTimeout(function () { console.log('undefined'); });
setTimeout(function () { console.log('abc'); }, 'abc');
setTimeout(function () { console.log('0.5'); }, 0.5);
setTimeout(function () { console.log('null'); }, null);
setTimeout(function () { console.log('object valueOf 200'); }, { valueOf: function () { return 200; } });
[undefined, null, 42, 'str', {}].forEach(function (bad) {
  try { setTimeout(bad, 1); } catch (e) { console.log(e.name, e.code, e.message); }
});
try { setImmediate('x'); } catch (e) { console.log(e.name, e.code, e.message); }
try { setInterval(); } catch (e) { console.log(e.name, e.code, e.message); }
try { process.nextTick(5); } catch (e) { console.log(e.name, e.code, e.message); }
try { queueMicrotask(null); } catch (e) { console.log(e.name, e.code, e.message); }
