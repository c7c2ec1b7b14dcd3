// Missing modules: MODULE_NOT_FOUND, and a module that throws is not cached.
try {
  require('./modules/nope');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0], e instanceof Error);
}
try {
  require('no-such-package');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
for (var i = 0; i < 2; i++) {
  try {
    require('./modules/throws');
  } catch (e) {
    console.log('threw', e.message);
  }
}
