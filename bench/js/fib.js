// fib: plain recursion, i.e. the interpreter's call path.
var out = typeof console !== 'undefined' ? function (s) { console.log(s); } : print;

function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

var t0 = Date.now();
var check = fib(29);
var t1 = Date.now();
out('fib ms=' + (t1 - t0) + ' check=' + check);
