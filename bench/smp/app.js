// bench/smp.sh's app: hello's first statement, then 50 ms of nothing, in
// which the boot core's loop idles and starts the other cores (their
// start-up is stamped by trace=boot as boot-trace+ lines); then it counts
// them (which starts them there if the loop never idled) and ends.
console.log('Hello from unijs!');
setTimeout(function () {
  console.log('cores: ' + require('os').availableParallelism());
}, 50);
