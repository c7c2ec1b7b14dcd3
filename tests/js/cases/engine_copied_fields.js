// A request's and a response's own fields are copied from a template
// object in one go (patches/mujs/0222, native.ownFields), into one block
// of the engine's memory (0238): the block is freed with the object, and
// a field deleted from it stays in it until then. Every way the fields
// can change must keep node's answers: fields deleted (one whose node
// takes another's place in the tree too), added, deleted and added
// again, redefined as accessors, frozen; the enumeration order after
// each; and many objects made and dropped, so that blocks are freed
// while their objects' added fields are freed one by one. Prints what
// node prints.
var http = require('http');
var net = require('net');

function fresh() { return new http.IncomingMessage(new net.Socket()); }
// (the fields node's IncomingMessage and ours share, and the ones added
// here: ours keeps the stream's state in fields of its own)
var SHARED = ['_events', '_maxListeners', 'httpVersionMajor', 'httpVersionMinor', 'httpVersion',
  'complete', 'rawHeaders', 'rawTrailers', 'aborted', 'url', 'method', 'statusCode', 'statusMessage',
  '_consuming', '_dumped', 'extra1', 'extra2', 'more', 'f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6'];
function own(o) {
  return Object.keys(o).filter(function (k) { return SHARED.indexOf(k) >= 0; }).join(',');
}

var m = fresh();
console.log('fields:', own(m));
// deleted: a leaf, an inner node, the first and the last made
['complete', 'url', 'aborted', 'rawTrailers', '_events'].forEach(function (k) { delete m[k]; });
console.log('after deletes:', own(m));
m.url = '/again'; m.extra1 = 1; m.extra2 = 'two'; m.complete = 'yes';
console.log('added:', own(m), m.url, m.extra2, m.complete);
delete m.extra1; delete m.method; m.method = 'PUT';
console.log('again:', own(m), m.method);
Object.defineProperty(m, 'statusCode', { get: function () { return 299; }, enumerable: true, configurable: true });
Object.defineProperty(m, 'httpVersion', { value: '9.9', enumerable: false });
console.log('accessors:', m.statusCode, m.httpVersion, own(m));
Object.freeze(m);
m.url = 'frozen?'; m.more = 1;
console.log('frozen:', Object.isFrozen(m), m.url, m.more, own(m));

// many made and dropped, some with fields deleted and added, through
// collections
var keptSum = 0, kept = [];
for (var i = 0; i < 4000; i++) {
  var r = fresh();
  if (i % 3 === 0) delete r.trailers;
  if (i % 5 === 0) { r['f' + (i % 7)] = i; delete r.rawHeaders; }
  if (i % 11 === 0) { delete r.url; r.url = 'u' + i; }
  keptSum += own(r).split(',').length;
  if (i % 500 === 0) kept.push(r);
}
console.log('made and dropped:', keptSum, kept.map(function (r) { return own(r) + ':' + (r.url || '-'); }).join(' '));
