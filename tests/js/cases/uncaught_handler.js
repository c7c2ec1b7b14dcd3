// An 'uncaughtException' listener takes the error: exit status 0.
process.on('uncaughtException', function (err, origin) {
  console.log('caught', err.message, origin);
});
console.log('before');
throw new Error('handled');
