// A SIGTERM nobody listens for ends the app with 143 (128 + 15), and
// without the 'exit' listeners, as Node.
process.on('exit', function () { console.log('exit listener must not run'); });
setInterval(function () {}, 1000);
console.log('raising');
process.kill(process.pid, 'SIGTERM');
