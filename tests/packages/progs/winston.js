// winston: a logger with formats (logform) to the console transport.
const winston = require('winston');
const { format } = winston;
const logger = winston.createLogger({
  level: 'debug',
  format: format.combine(format.label({ label: 'svc' }), format.splat(), format.printf((i) => `${i.level} [${i.label}] ${i.message}${i.extra ? ' ' + JSON.stringify(i.extra) : ''}`)),
  transports: [new winston.transports.Console({ forceConsole: true })]
});
logger.info('hello %s', 'world');
logger.debug('debugging', { extra: { a: 1 } });
logger.warn('careful');
logger.silly('not shown');
const json = winston.createLogger({ format: format.json(), transports: [new winston.transports.Console({ forceConsole: true })] });
json.error('bad', { code: 42 });
const logform = require('logform');
const f = logform.format.combine(logform.format.colorize({ all: false, colors: { info: 'blue' } }), logform.format.simple());
const info = f.transform({ level: 'info', [Symbol.for('level')]: 'info', message: 'hi', meta: 1 });
console.log(JSON.stringify(info[Symbol.for('message')]));
