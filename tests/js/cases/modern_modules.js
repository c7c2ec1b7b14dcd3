// require semantics with modern modules: cycles, caching, module objects,
// JSON, require.resolve, __filename/__dirname, exports vs module.exports.
'use strict';
const a = require('./modules/modern/cycle_a');
const b = require('./modules/modern/cycle_b');
console.log(a.early, a.late, a.fromB, a.bDone(), b.aLater());
const Shape = require('./modules/modern/shape');
const Again = require('./modules/modern/shape.js');
new Shape(1); new Again(2);
console.log(Shape === Again, Shape.made, Shape.info);
const cfg = require('./modules/modern/config.json');
const { name, list: [first, ...rest], nested: { on } } = cfg;
console.log(name, first, rest, on, require('./modules/modern/config') === cfg);
console.log(require.resolve('./modules/modern/shape').split('/').slice(-3).join('/'));
console.log(typeof module.exports, module.exports === exports, module.id, module.loaded, require.main === module);
console.log(__filename.split('/').pop(), typeof __dirname);
const key = Object.keys(require.cache).find((k) => k.endsWith('shape.js'));
console.log(require.cache[key].loaded, require.cache[key].exports === Shape);
const { inherits, format } = require('node:util');
console.log(typeof inherits, format('%s-%d', 'x', 42));
try { require('./modules/modern/missing'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
