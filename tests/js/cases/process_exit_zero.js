process.on('exit', function (c) { console.log('exit', c); });
process.exitCode = 7;
process.exit(0);
