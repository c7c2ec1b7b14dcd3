// uncaught: Uncaught TypeError: custom type error
process.on('exit', function (c) { console.log('exit', c); });
throw new TypeError('custom type error');
