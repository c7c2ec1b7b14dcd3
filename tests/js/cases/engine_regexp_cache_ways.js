// Compiled regular expressions kept two to a set (patches/mujs/0197): the
// engine keeps the programs of the sources it compiled last in 64 sets of
// two, found by the FNV-1a hash of the source (with the compile options:
// i 1, m 2, s 8, u 16) and the hash's low six bits. This case computes
// that hash to pick sources that fall in one set, then makes RegExps of
// them in orders that hit the set's first entry, its second (the two
// swap), and miss (the second is evicted), with objects made earlier kept
// and used after their programs left the cache. Each RegExp must match
// what its own source and flags say: a program taken from the wrong
// entry, a swap that moved a source without its program or options, or
// a program freed while an object holds it shows as a wrong match here.
// Under Node it is plain RegExp behaviour.
'use strict';
function show(label, v) { console.log(label, JSON.stringify(v)); }

function fnv(src, opts) {
  var h = (2166136261 ^ opts) >>> 0;
  for (var i = 0; i < src.length; i++) h = Math.imul(h ^ src.charCodeAt(i), 16777619) >>> 0;
  return h;
}
var SETS = 64;
function opts(flags) {
  return (flags.indexOf('i') >= 0 ? 1 : 0) | (flags.indexOf('m') >= 0 ? 2 : 0) |
    (flags.indexOf('s') >= 0 ? 8 : 0) | (flags.indexOf('u') >= 0 ? 16 : 0);
}
function setOf(src, flags) { return fnv(src, opts(flags)) % SETS; }

// sources k<n>-(\d+)x: by set, the first five of a set used below
var bySet = {};
for (var n = 0; n < 2000; n++) {
  var src = 'k' + n + '-(\\d+)x', s = setOf(src, '');
  (bySet[s] = bySet[s] || []).push(n);
}
function pick(set, count) { return bySet[set].slice(0, count); }

// does RegExp r (made from k<n>) match only k<n>?
function check(r, n) {
  var m = r.exec('..k' + n + '-42x..'), other = r.test('k' + (n + 1) + '-42x');
  return !!m && m[1] === '42' && m.index === 2 && !other;
}

var kept = [], log = [];
function make(n) {
  var r = new RegExp('k' + n + '-(\\d+)x');
  kept.push([r, n]);
  return check(r, n);
}

// sets 0, 5 and 63 (the first, one inside, the last): orders that hit
// the first entry, the second, and miss
var orders = [[0, 0, 1, 0, 1, 1, 2, 0, 2, 1, 3, 4, 0, 3, 3, 4, 2, 1, 0]];
var results = {};
[0, 5, 63].forEach(function (set) {
  var ns = pick(set, 5), ok = 0, all = 0;
  orders.forEach(function (order) {
    order.forEach(function (i) { all++; if (make(ns[i])) ok++; });
  });
  // in a loop, as a literal in a function is made again each call
  for (var round = 0; round < 20; round++) {
    all += 3;
    if (make(ns[round % 2])) ok++;
    if (make(ns[2])) ok++;
    if (make(ns[(round >> 1) % 5])) ok++;
  }
  results[set] = ok + '/' + all;
});
show('sets', results);

// the objects made above, after their programs were evicted and shared
var still = 0;
kept.forEach(function (e) { if (check(e[0], e[1])) still++; });
show('kept', [still, kept.length]);

// sources with i in the same sets as sources without: an entry must
// match the options as well as the text (the same text with and without
// a flag never shares a set: the options change the hash's low bits one
// to one)
var mixed = [];
for (n = 0; n < 3000; n++) {
  var si = 'k' + n + '-(\\d+)x', st = setOf(si, 'i');
  if (st === 3 && mixed.length < 3) mixed.push(n);
}
var plain3 = pick(3, 3), mixedOk = [];
[0, 1, 0, 2, 1, 0].forEach(function (i) {
  var a = new RegExp('k' + mixed[i] + '-(\\d+)x', 'i'), b = new RegExp('k' + plain3[i] + '-(\\d+)x');
  mixedOk.push(!!a.exec('K' + mixed[i] + '-5X') + '/' + !!b.exec('K' + plain3[i] + '-5X') + '/' + check(b, plain3[i]));
});
show('with i', mixedOk);

// g and y do not change the program: /x/g and /x/ share, each with its
// own lastIndex
var g = new RegExp('k7-(\\d+)x', 'g'), p = new RegExp('k7-(\\d+)x'), g2 = new RegExp('k7-(\\d+)x', 'g');
var str = 'k7-1x k7-22x k7-333x';
show('global', [g.exec(str)[1], g.lastIndex, p.exec(str)[1], p.lastIndex, g.exec(str)[1], g.lastIndex, g2.exec(str)[1], str.match(g2)]);
