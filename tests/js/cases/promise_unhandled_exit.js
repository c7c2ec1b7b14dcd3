// uncaught: Uncaught Error: never handled
// A rejection nobody handles ends the app as in Node 20
// (--unhandled-rejections=throw): once the turn's ticks and jobs ran, the
// reason is raised as an uncaught exception ('exit' listeners, exit code
// 1); a handler the app would have added in a timer comes too late.
'use strict';
process.on('exit', (c) => console.log('exit', c));
const p = Promise.reject(new Error('never handled'));
setTimeout(() => p.catch(() => console.log('too late')), 0);
Promise.resolve().then(() => console.log('job runs first'));
process.nextTick(() => console.log('tick runs first'));
console.log('sync end');
