// debug: namespaces enabled by DEBUG, formatters, output without a TTY.
process.env.DEBUG = 'app:*,-app:quiet';
process.env.DEBUG_HIDE_DATE = 'true';
process.env.DEBUG_COLORS = 'false';
const debug = require('debug');
debug.log = console.log.bind(console);
const log = debug('app:main');
const quiet = debug('app:quiet');
log('hello %s %d %j %o', 'world', 42, { a: 1 }, [1, 2]);
quiet('never');
console.log(log.enabled, quiet.enabled, debug.enabled('app:x'), debug.enabled('other'));
const sub = log.extend('sub');
sub('from %s', sub.namespace);
