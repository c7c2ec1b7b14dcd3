// uncaught: Uncaught Error: boom
console.log('before');
function f() { throw new Error('boom'); }
f();
