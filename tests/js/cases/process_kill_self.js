// process.kill of the app's own pid delivers the signal on the loop, to
// process.on('SIGTERM') listeners (Node's order: after the current code).
var order = [];
process.on('SIGTERM', function (sig) {
  order.push('handler ' + sig);
  console.log(order.join(', '));
  clearInterval(iv);
});
var iv = setInterval(function () {}, 1000);
console.log('kill returns', process.kill(process.pid, 'SIGTERM'));
order.push('after kill');
try { process.kill(process.pid, 'SIGNOPE'); } catch (e) { console.log(e.code, e.message); }
try { process.kill('x'); } catch (e) { console.log(e.code); }
console.log('signal 0:', process.kill(process.pid, 0));
