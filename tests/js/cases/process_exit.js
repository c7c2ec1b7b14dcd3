// process.exit(code) runs 'exit' listeners, then ends at once.
process.on('exit', function (code) { console.log('exiting with', code); });
process.once('exit', function () { console.log('once'); });
console.log('before');
process.exit(5);
console.log('never printed');
