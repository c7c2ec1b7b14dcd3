// Property table under random sets, deletes, accessors and enumeration
// (for-in with deletes and additions inside, Object.keys, JSON.stringify,
// getOwnPropertyNames, prototype chains): a hash of every listing.
var s = 42;
function rnd(n) { s = (s * 48271) % 2147483647; return s % n; }
var names = [];
for (var i = 0; i < 60; i++) names.push(i % 5 === 0 ? String(i * 3) : 'p' + (i * 7919 % 1000));
var objs = [];
for (i = 0; i < 40; i++) objs.push(i % 4 === 0 ? [] : {});
var h = 0;
function hash(str) { for (var j = 0; j < str.length; j++) h = (h * 31 + str.charCodeAt(j)) % 1000000007; }
for (var step = 0; step < 6000; step++) {
  var o = objs[rnd(objs.length)], k = names[rnd(names.length)], op = rnd(10);
  if (op < 4) o[k] = step;
  else if (op < 6) delete o[k];
  else if (op === 6) { var hidden = rnd(2) === 0; Object.defineProperty(o, hidden ? 'h' + k : k, { get: (function (v) { return function () { return v; }; })(k + step), enumerable: !hidden, configurable: true }); }
  else if (op === 7) { var ks = Object.keys(o); hash(ks.join(',')); }
  else if (op === 8) { var seen = []; for (var q in o) { seen.push(q); if (rnd(3) === 0) delete o[names[rnd(names.length)]]; if (rnd(5) === 0) o['n' + rnd(20)] = 1; } hash(seen.join(';')); }
  else { hash(JSON.stringify(o)); if (rnd(50) === 0) objs[rnd(objs.length)] = Object.create(o); }
  if (step % 1000 === 0) console.log(step, h);
}
objs.forEach(function (o) { hash(Object.getOwnPropertyNames(o).join(',')); });
console.log('done', h);
