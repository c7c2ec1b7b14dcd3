// The V8 stack-trace API as depd, http-errors and loggers use it:
// Error.captureStackTrace(obj[, fn]), Error.prepareStackTrace(err, callSites),
// Error.stackTraceLimit and the call-site methods.
function base(f) { return f ? f.replace(/^.*[\/\\]/, '') : f; }
function sites() {
  var prep = Error.prepareStackTrace;
  Error.prepareStackTrace = function (err, cs) { return cs; };
  var obj = {};
  Error.captureStackTrace(obj, sites);
  var stack = obj.stack;
  Error.prepareStackTrace = prep;
  return stack;
}
function describe(cs) {
  return [typeof cs.getFileName, base(cs.getFileName()), cs.getLineNumber(), typeof cs.getColumnNumber(),
    cs.getFunctionName(), cs.isEval(), cs.isNative(), typeof cs.toString()].join(' ');
}
function inner() { return sites(); }
function outer() { return inner(); }
var s = outer();
console.log(Array.isArray(s), s.length >= 3);
for (var i = 0; i < 3; i++) console.log(describe(s[i]));
console.log(s[0].getFunction() === inner, s[1].getFunction() === outer);

// captureStackTrace without fn starts at its caller; obj.stack is "Error" + frames
function here() { var o = {}; Error.captureStackTrace(o); return o.stack; }
var text = here().split('\n');
console.log(text[0], /^    at here \(.*cs\.js:\d+/.test(text[1]));
var named = { name: 'Custom', message: 'msg' };
Error.captureStackTrace(named);
console.log(named.stack.split('\n')[0], Object.keys(named));
// fn omits itself and the frames above it (http-errors: createError)
function createError(msg) { var e = new Error(msg); Error.captureStackTrace(e, createError); return e; }
function caller() { return createError('boom'); }
var lines = caller().stack.split('\n');
console.log(lines[0], /^    at caller \(/.test(lines[1]));
// a fn not on the stack leaves no frames
var none = {};
Error.captureStackTrace(none, function notCalled() {});
console.log(JSON.stringify(none.stack));
// stackTraceLimit
Error.stackTraceLimit = 1;
console.log(here().split('\n').length);
Error.stackTraceLimit = 0;
console.log(JSON.stringify(here()), JSON.stringify(new Error('z').stack));
Error.stackTraceLimit = 10;
// prepareStackTrace is consulted when a thrown error's stack is first read
Error.prepareStackTrace = function (err, cs) { return 'prepared ' + err.message + ' ' + (cs.length >= 2) + ' ' + (cs[0] && cs[0].getFunctionName()); };
function thrower() { throw new Error('oops'); }
try { thrower(); } catch (e) { console.log(e.stack); }
// a nested read of .stack inside prepareStackTrace gets the plain format
Error.prepareStackTrace = function (err, cs) { return 'outer[' + err.stack.split('\n')[0] + ']'; };
console.log(new Error('nested').stack);
Error.prepareStackTrace = undefined;
console.log(new Error('plain').stack.split('\n')[0]);
// stack can be set
var w = {}; Error.captureStackTrace(w); w.stack = 'mine'; console.log(w.stack);
