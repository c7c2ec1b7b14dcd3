// console.log of primitives: the C fast path.
console.log('hello world');
console.log('a', 'b', 1, 2.5, true, false, null, undefined);
console.log(-0, 0, NaN, Infinity, -Infinity);
console.log();
console.log('');
console.log(1e21, 1e-7, 123456789, 0.1 + 0.7, 2 / 3);
console.info('info');
console.debug('debug');
console.warn('warn');
console.error('error', 42);
console.log('100%');
console.log('%%');
