// Exits with a chosen code: the first app argument (after -- on the kernel
// command line), or 42. process.exit() runs 'exit' listeners first.
var code = process.argv[2] !== undefined ? Number(process.argv[2]) : 42;
process.on('exit', function (c) {
  console.log('exit listener sees code', c);
});
console.log('exiting with code', code);
process.exit(code);
console.log('never printed');
