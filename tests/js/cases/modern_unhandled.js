// uncaught: Uncaught Error: never handled
// An async function's rejection nobody handles ends the app as Node does:
// the error is reported and the exit code is 1.
'use strict';
console.log('before');
async function fail() { await null; throw new Error('never handled'); }
fail();
Promise.resolve('still runs').then(console.log);
