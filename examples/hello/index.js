// The smallest unijs service: print and finish. The image exits with
// code 0 once nothing is left to do, as a Node process would.
console.log('Hello from unijs!');
console.log('running on %s/%s, argv has %d entries', process.platform, process.arch, process.argv.length);
