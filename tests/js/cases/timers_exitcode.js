// The app ends by itself when nothing is left; process.exitCode set in a
// callback is the exit status; 'beforeExit' may schedule more work.
var rounds = 0;
process.on('beforeExit', function (code) {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) setTimeout(function () { console.log('more work', rounds); }, 5);
});
process.on('exit', function (code) {
  console.log('exit', code, process.exitCode);
  setTimeout(function () { console.log('never: the loop is over'); }, 0);
});
setTimeout(function () {
  process.exitCode = 3;
  console.log('set exitCode');
}, 10);
