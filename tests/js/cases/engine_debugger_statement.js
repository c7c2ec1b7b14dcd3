// `debugger` does nothing when no debugger is attached, as in node (which
// attaches one only under --inspect): no output, no change to the values
// around it, in a lightweight function, a function with an environment,
// a loop, a try block, eval code and the script itself
// (patches/mujs/0237; mujs dumped the function's bytecode, its stack and
// its scopes to the console at each one).
var n = 0;
debugger;
function light(a) { var b = a + 1; debugger; return b * 2; }
function heavy(a) { var c = a; debugger; return function () { debugger; return c + 1; }; }
for (var i = 0; i < 3; i++) { debugger; n += light(i); }
try { debugger; throw new Error('after debugger'); } catch (e) { debugger; n += e.message.length; }
n += eval('debugger; 5');
console.log('values:', n, heavy(4)(), light(10));
