// Buffer.fill and Buffer.alloc with a pattern of one byte, of several, of
// a string longer than the range, and a pattern that is a view of the same
// buffer, overlapping the range (js/binding_buffer.c nb_fill: memset, or
// one copy and then doubling)
var b = Buffer.alloc(37, 'abc'); console.log(b.toString());
console.log(Buffer.alloc(10, 'x').toString(), Buffer.alloc(5, 0x41).toString(), Buffer.alloc(7, 'héllo').toString('hex'));
var c = Buffer.from('0123456789'); c.fill(c.subarray(2, 5), 1, 9); console.log(c.toString());
var d = Buffer.from('0123456789'); d.fill(d.subarray(0, 4), 3); console.log(d.toString());
var e = Buffer.alloc(3); e.fill('abcdef'); console.log(e.toString());
var f = Buffer.alloc(6); f.fill(Buffer.from([1,2]), 1, 5); console.log(f);
console.log(Buffer.alloc(1 << 20, 'xy').toString('latin1', 1048570));
