// A function's length, name and prototype, and its prototype's
// constructor, are made with the two objects, in their own blocks
// (patches/mujs/0239): a delete leaves such a node in its block, the
// collector frees it with the object, and a property added later is an
// ordinary one, freed alone. Every way these properties can change must
// keep node's answers: deleted (name and length are configurable),
// redefined, written, added to, the prototype replaced, the constructor
// deleted, the enumeration order after each; and many functions made,
// changed and dropped through collections. Prints what node prints.
// (node's sloppy functions have own arguments and caller too; ours not)
function names(o) {
  return Object.getOwnPropertyNames(o).filter(function (k) { return k !== 'arguments' && k !== 'caller'; }).join(',');
}

function f(a, b) { return a + b; }
console.log('made:', names(f), f.length, f.name, names(f.prototype), f.prototype.constructor === f);
delete f.name; delete f.length;
console.log('deleted:', names(f), f.length, JSON.stringify(f.name));
f.extra = 1; f.name2 = 'x';
Object.defineProperty(f, 'name', { value: 'renamed', configurable: true });
Object.defineProperty(f, 'length', { get: function () { return 7; }, configurable: true });
console.log('redefined:', names(f), f.length, f.name, f.extra);
delete f.extra; delete f.prototype.constructor;
f.prototype.method = function () { return 'm'; };
console.log('prototype changed:', names(f), names(f.prototype), f.prototype.constructor === Object);
f.prototype = { replaced: true };
console.log('prototype replaced:', names(f.prototype), new f().replaced, delete f.prototype);
Object.freeze(f);
console.log('frozen:', Object.isFrozen(f), delete f.name, f.name);

// many functions, some changed, through collections
var kept = [], total = 0;
for (var i = 0; i < 5000; i++) {
  var g = (function (k) { return function h(x, y, z) { return x + k; }; })(i);
  if (i % 3 === 0) delete g.name;
  if (i % 4 === 0) { g.tag = 'g' + i; delete g.prototype.constructor; g.prototype.p = i; }
  if (i % 5 === 0) { delete g.length; g.length2 = i; }
  if (i % 7 === 0) delete g.tag;
  total += g(1) + names(g).length + names(g.prototype).length;
  if (i % 1000 === 0) kept.push(g);
}
console.log('made and dropped:', total, kept.map(function (g) { return names(g) + '|' + names(g.prototype) + '|' + g.name + '|' + g.length; }).join(' '));
