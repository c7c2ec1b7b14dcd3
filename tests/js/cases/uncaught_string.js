// uncaught: Uncaught 'a string'
console.log('before');
throw 'a string';
