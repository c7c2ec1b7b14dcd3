// Property nodes are kept when freed, by a delete or by the collector,
// and handed to the next new properties (patches/mujs/0196). Objects are
// made and dropped here over many collections, properties deleted and
// added again, and every survivor's properties checked afterwards, by
// value and in creation order: a node handed out twice, or still in a
// tree when handed out, shows as a wrong value, a missing or an extra key.
'use strict';
var kept = [];
var bad = 0;
function check(o, i) {
  var keys = Object.keys(o);
  var want = o.tag === 'deleted' ? ['tag', 'b', 'd', 'x' + (i % 7), 'a'] : ['tag', 'a', 'b', 'c', 'd', 'x' + (i % 7)];
  if (keys.join() !== want.join()) { if (bad++ < 5) console.log('keys', i, keys.join(), 'want', want.join()); return; }
  if (o.b !== i * 2 || o.d !== 'd' + i || o['x' + (i % 7)] !== i) { if (bad++ < 5) console.log('values', i, JSON.stringify(o)); return; }
  if (o.tag === 'deleted' ? o.a !== -i : o.a !== i || o.c !== i + 0.5) { if (bad++ < 5) console.log('a/c', i, JSON.stringify(o)); }
}
for (var round = 0; round < 30; ++round) {
  for (var i = 0; i < 2000; ++i) {
    var o = {};
    o.tag = 'plain';
    o.a = i; o.b = i * 2; o.c = i + 0.5; o.d = 'd' + i;
    o['x' + (i % 7)] = i;
    if (i % 3 === 0) { // delete and make again: the node goes to the list and back
      delete o.c; delete o.a; o.a = -i; o.tag = 'deleted';
    }
    var garbage = { p: i, q: [i], r: { s: i } }; // freed by the collector
    garbage.t = garbage.p + 1;
    if (i % 50 === round % 50) kept.push([o, i]);
  }
  for (var k = 0; k < kept.length; ++k) check(kept[k][0], kept[k][1]);
}
var sum = 0;
for (var k = 0; k < kept.length; ++k) sum += kept[k][0].b;
console.log(kept.length, sum, bad);
console.log(JSON.stringify(kept[0][0]), JSON.stringify(kept[kept.length - 1][0]));
