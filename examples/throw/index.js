// An uncaught exception: the image prints "Uncaught Error: ..." with the
// JavaScript stack and exits with code 1, as node does.
function parseConfig(text) {
  return validate(JSON.parse(text));
}
function validate(cfg) {
  if (!cfg.port) throw new Error('config has no port');
  return cfg;
}
console.log('starting');
parseConfig('{"host": "example"}');
console.log('never printed');
