// logform: the formats winston uses, with their Symbol.for keys.
const { format } = require('logform');
const { LEVEL, MESSAGE, SPLAT } = require('triple-beam');
const f = format.combine(format.errors({ stack: false }), format.metadata(), format.json());
const out = f.transform({ level: 'info', [LEVEL]: 'info', message: 'm', user: 'u' });
console.log(out[MESSAGE], String(LEVEL), String(SPLAT));
const p = format.printf((i) => `${i.level}: ${i.message}`);
console.log(p.transform({ level: 'warn', message: 'x' })[MESSAGE]);
console.log(format.simple().transform({ level: 'info', message: 'hi', a: 1 })[MESSAGE]);
const padded = format.padLevels().transform({ level: 'info', message: 'p', [LEVEL]: 'info' });
console.log(JSON.stringify(padded.message));
console.log(Object.keys(out), JSON.stringify(out));
