// process.exitCode is the exit status; 'exit' listeners see it.
process.on('exit', function (code) {
  console.log('exit event', code, process.exitCode);
});
process.exitCode = 3;
console.log('set exitCode');
