// tests/boot/smp.sh: a core asked for before the loop ever idled. The
// first statement counts the cores, so they are started and waited for
// right there, and the count is every core up (Node: the host's CPUs).
var os = require('os');
console.log('cores: ' + os.availableParallelism() + ' ' + os.cpus().length);
