'use strict';
// Loads app and core modules; what it prints shows that their code is
// the source's: names, lines in stack traces, strict mode, regex
// literals, Function.prototype.toString, numbers and strings.
const util = require('util');
const EventEmitter = require('events');
const a = require('./lib/a');
const data = require('./data.json');

try {
  a.fail(3);
} catch (e) {
  console.log(e.stack.split('\n').slice(0, 3).join('\n'));
}
console.log(a.fail.toString().startsWith('function fail('), a.fail.name, a.fail.length);
const strict = a.strict, sloppy = a.sloppy;
console.log(strict(), sloppy());
console.log(a.re.exec('id=A42;').slice(1).join(','), a.re.flags, String(a.re));
console.log(a.nums.join(' '), JSON.stringify(a.str), a.str.length);
console.log(util.format('%s=%d', 'x', 42), util.inspect({ k: [1, 'two'] }));
const e = new EventEmitter();
e.on('ev', (v) => console.log('event', v, data.name));
e.emit('ev', 7);

// the sources stay readable: this module's own (fs reads /app from the
// same bytes the image's module table holds) and a file that does not
// parse and is never required
const fs = require('fs');
const path = require('path');
console.log(fs.readFileSync(__filename, 'utf8').split('\n')[1]);
console.log(JSON.stringify(fs.readFileSync(path.join(__dirname, 'broken.js'), 'utf8').split('\n')[2]));
