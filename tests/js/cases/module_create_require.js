// module: createRequire, builtinModules, isBuiltin; require.resolve/cache.
var Module = require('module');
var path = require('path');
var a = require('./modules/a');
var r = Module.createRequire(path.join(__dirname, 'modules', 'dir', 'index.js'));
console.log(r('../a') === a, r.resolve('../a') === require.resolve('./modules/a'));
console.log(path.relative(__dirname, r.resolve('../a')));
var r2 = Module.createRequire(__dirname + '/');
console.log(r2('./modules/a') === a);
var r3 = Module.createRequire('file://' + __filename);
console.log(r3('./modules/a') === a);
console.log(r('util') === require('util'), r('node:path') === path, r.resolve('path'));
try { r('./nope'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
console.log(Module.builtinModules.indexOf('fs') >= 0, Module.builtinModules.indexOf('fs/promises') >= 0,
  Module.isBuiltin('node:fs'), Module.isBuiltin('express'), Module.isBuiltin('http'));
try { Module.createRequire('relative.js'); } catch (e) { console.log(e.code, e.message); }
console.log(typeof require.cache, typeof require.resolve, require.main === module, r.main === module);
console.log(typeof Module, Module.Module === Module, Module.createRequire === require('node:module').createRequire);
console.log(require.cache[require.resolve('./modules/a')].exports === a);
