// Relative require: .js, .json and index.js resolution, caching, cycles.
var a = require('./modules/a');
var a2 = require('./modules/a.js');
console.log(a.name, a === a2, a.fromB);
var data = require('./modules/data.json');
console.log(data);
var idx = require('./modules/dir');
console.log(idx.kind, idx.dirnameEnds, idx.filenameEnds);
console.log(require('./modules/dir/../a').name);
console.log(typeof require.cache, typeof module.exports, module.id === module.filename);
console.log(require('./modules/exports_fn')(2, 3));
