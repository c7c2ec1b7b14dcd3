// A new function's own properties (length, name, prototype, and its
// prototype's constructor) are built as a finished tree (patches/mujs/0225),
// not inserted one by one: the tree must stay sound as more properties
// come and go. Functions of each kind get many more own properties, lose
// some of them and their own, and every one is looked up, listed and
// described; compared with node. (Strict functions: node gives sloppy ones
// own arguments and caller properties, which mujs's have not.)
'use strict';
var out = [];
function kinds() {
  return [function () {}, function named(a, b) { return a + b; }, function (x, y, z) {}];
}
var fs = [];
for (var round = 0; round < 3; round++) {
  kinds().forEach(function (f, k) {
    var names = [];
    for (var i = 0; i < 40; i++) {
      var n = (i % 2 ? 'p' : 'q') + ((i * 37) % 101);
      f[n] = i;
      names.push(n);
    }
    for (var j = 0; j < names.length; j += 3) delete f[names[j]];
    f.prototype.method = function () { return 'm' + k; };
    var o = new f();
    out.push([round, k, f.length, JSON.stringify(f.name), typeof f.prototype, f.prototype.constructor === f,
      o instanceof f, o.method(), Object.getOwnPropertyNames(f).join(','),
      Object.getOwnPropertyNames(f.prototype).join(','),
      JSON.stringify(Object.getOwnPropertyDescriptor(f, 'length')),
      JSON.stringify(Object.getOwnPropertyDescriptor(f, 'prototype'), function (k2, v) { return typeof v === 'object' && k2 ? '[proto]' : v; }),
      names.map(function (n) { return f[n] === undefined ? '-' : f[n]; }).join(' ')].join(' | '));
    // the own three, each deleted where it may be, and given again
    delete f.length; delete f.name;
    // (then length and name are Function.prototype's: 0 and '', mujs 0227)
    out.push(['after delete', f.hasOwnProperty('length'), f.hasOwnProperty('name'), f.length, JSON.stringify(f.name),
      Object.getOwnPropertyNames(f).length, 'prototype' in f].join(' '));
    try { delete f.prototype; } catch (e) { out.push('delete prototype: ' + e.name); }
    f.prototype = { replaced: true };
    out.push(['replaced', JSON.stringify(f.prototype), Object.keys(f).length].join(' '));
    fs.push(f);
  });
}
console.log(out.join('\n'));
console.log(fs.length, fs.every(function (f) { return typeof f === 'function'; }));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(Function.prototype, 'length')), Function.prototype.length);
