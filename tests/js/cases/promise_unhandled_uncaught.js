// A rejection nobody handled and no 'unhandledRejection' listener, with
// an 'uncaughtException' listener, against node: the listener gets the
// reason when it is an Error (or has its own stack), else Node's
// UnhandledPromiseRejection (code ERR_UNHANDLED_REJECTION), with the
// origin 'unhandledRejection'; the app goes on and exits 0.
'use strict';
process.on('uncaughtException', (e, origin) => console.log('uncaught', e.name, e.message, e.code, origin));
process.on('exit', (c) => console.log('exit', c));
Promise.reject('plain value');
Promise.reject(new Error('an error'));
Promise.reject({ stack: 'S', message: 'm' });
Promise.reject(undefined);
setTimeout(() => { throw new Error('thrown in a timer'); }, 1);
setTimeout(() => console.log('still running'), 3);
