// EventEmitter's constructor calls EventEmitter.init, and one put in its
// place (as tracing libraries do) runs for every emitter, streams and
// HTTP messages too;
// ours again once it is put back. The own fields an emitter gets.
var EE = require('events');
var orig = EE.init, seen = 0;
var a = new EE();
console.log(Object.keys(a).sort().join(','), typeof EE.init);
EE.init = function (opts) { seen++; orig.call(this, opts); this.tagged = true; };
var b = new EE();
var forB = seen, s = new (require('stream').PassThrough)();
var r = new (require('stream').Readable)(), o = new (require('http').OutgoingMessage)();
console.log(forB, seen > forB, b.tagged, s.tagged, r.tagged, o.tagged, Object.keys(b).sort().join(','));
EE.init = orig;
var before = seen, c = new EE(), r2 = new (require('stream').Readable)(), o2 = new (require('http').OutgoingMessage)();
console.log(seen === before, c.tagged, r2.tagged, o2.tagged, Object.keys(c).sort().join(','));
function Sub() { EE.call(this); }
Sub.prototype = Object.create(EE.prototype);
Sub.prototype._events = { x: [function () {}] };
var d = new Sub();
console.log(d._events === Sub.prototype._events, d._eventsCount);
