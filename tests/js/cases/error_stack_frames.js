// An error's stack names its frames, innermost first, up to
// Error.stackTraceLimit (the text is built in one buffer and flushed in
// pieces when long: patches/mujs/0207). Only the frames of this file's
// named functions are compared (node adds its own internal frames, and
// writes columns we do not).
function frames(err) {
  return err.stack.split('\n').slice(1).map(function (l) {
    var m = /at (\w+) /.exec(l);
    return m && /^(deep|aVeryLongFunctionNameThatMakesEachFrameLineLongerThanUsual\w*|thrower|viaMap)$/.test(m[1]) ? m[1] : null;
  }).filter(Boolean);
}
function summary(list) {
  var out = [], i = 0;
  while (i < list.length) {
    var j = i;
    while (j < list.length && list[j] === list[i]) j++;
    out.push(list[i] + ' x' + (j - i));
    i = j;
  }
  return out.join(', ');
}
function deep(n) { return n ? deep(n - 1) : new Error('deep'); }
var e = deep(5);
console.log(e.stack.split('\n')[0], '|', summary(frames(e)));
Error.stackTraceLimit = 100;
function aVeryLongFunctionNameThatMakesEachFrameLineLongerThanUsualXXXXXXXXXXXXXXXXXXXX(n) {
  return n ? aVeryLongFunctionNameThatMakesEachFrameLineLongerThanUsualXXXXXXXXXXXXXXXXXXXX(n - 1) : new TypeError('long');
}
var t = aVeryLongFunctionNameThatMakesEachFrameLineLongerThanUsualXXXXXXXXXXXXXXXXXXXX(60);
console.log(t.stack.split('\n')[0], '|', summary(frames(t)));
Error.stackTraceLimit = 10;
var u = deep(40);
console.log('limit 10:', u.stack.split('\n').length - 1, summary(frames(u)));
function thrower() { null.x; }
try { thrower(); } catch (err) { console.log(err.constructor.name, summary(frames(err))); }
[1].map(function viaMap() { console.log(summary(frames(new RangeError('in map')))); });
Error.stackTraceLimit = 0;
console.log(JSON.stringify(new Error('none').stack));
