// A rejection with a non-Error, handled by a process 'unhandledRejection'
// listener: the app goes on and exits 0.
'use strict';
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection', reason, promise instanceof Promise);
});
Promise.reject('plain value');
Promise.reject(new Error('handled later')).catch(() => console.log('caught in time'));
console.log('sync done');
