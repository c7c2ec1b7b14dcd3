// Buffer: creation, indexing, views sharing memory, copy/compare/concat.
var b = Buffer.from('hello');
console.log(b, b.length, b[0], b[4], b[5], typeof b[5]);
b[0] = 72;
b[1] = 300;
b[2] = -1;
b[3] = 3.7;
b[9] = 1;
console.log(b, b.length);
var s = b.slice(1, 3);
s[0] = 65;
console.log(b, s, s.length, b.subarray(-2), b.slice(3, 1).length);
var c = Buffer.from(b);
c[0] = 0;
console.log(b[0], c[0], b.equals(c), b.equals(Buffer.from(b)));
console.log(Buffer.alloc(4), Buffer.alloc(4, 1), Buffer.alloc(5, 'ab'), Buffer.alloc(4, 'aGk=', 'base64'));
console.log(Buffer.allocUnsafe(3).length, Buffer.from([1, 2, 256, -1, 'x', 3.9]));
console.log(Buffer.from({ length: 2, 0: 7, 1: 8 }), Buffer.from({ type: 'Buffer', data: [9, 10] }));
console.log(JSON.stringify(Buffer.from('AB').toJSON().data), Buffer.from('AB').toJSON().type);
console.log(Buffer.isBuffer(b), Buffer.isBuffer('x'), Buffer.isBuffer({}), b instanceof Buffer);
console.log(Buffer.isEncoding('utf8'), Buffer.isEncoding('UTF-8'), Buffer.isEncoding('hex'),
  Buffer.isEncoding('nope'), Buffer.isEncoding(''), Buffer.isEncoding(3));
var x = Buffer.from('abcdef');
var y = Buffer.alloc(10, 46);
console.log(x.copy(y, 2), y.toString(), x.copy(y, 8, 1), y.toString(), x.copy(y, 0, 4, 5), y.toString());
x.copy(x, 1, 0, 4);
console.log(x.toString());
console.log(Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), Buffer.from('a')),
  Buffer.compare(Buffer.from('ab'), Buffer.from('a')), Buffer.compare(Buffer.from(''), Buffer.from('')));
console.log(Buffer.from('abc').compare(Buffer.from('xbcd'), 1, 3, 1, 3));
console.log([Buffer.from('b'), Buffer.from('c'), Buffer.from('a')].sort(Buffer.compare));
console.log(Buffer.concat([Buffer.from('ab'), Buffer.from('cd'), Buffer.alloc(0)]), Buffer.concat([]));
console.log(Buffer.concat([Buffer.from('ab'), Buffer.from('cd')], 3), Buffer.concat([Buffer.from('ab')], 4));
var h = Buffer.from('hello world, hello');
console.log(h.indexOf('o'), h.indexOf('o', 5), h.indexOf(111), h.indexOf(Buffer.from('hello'), 1),
  h.indexOf('zz'), h.lastIndexOf('hello'), h.lastIndexOf('o', 10), h.includes('world'), h.includes('World'),
  h.indexOf('6c6c', 'hex'), h.indexOf('o', -3), h.lastIndexOf('h', -7));
console.log(Buffer.from('aaaa').fill('xy', 1), Buffer.alloc(3).fill(0x101), Buffer.alloc(4).fill(Buffer.from([1, 2, 3])));
console.log(Buffer.alloc(6).fill('é'), Buffer.alloc(4).fill('a', 1, 3));
var w = Buffer.alloc(8);
console.log(w.write('héllo'), w, w.write('xyz', 6), w, w.write('ab', 1, 1), w, w.write('ffee', 2, 'hex'), w);
console.log(Buffer.alloc(3).write('aé'), Buffer.alloc(2).write('é€'), Buffer.alloc(3).write('€'));
var big = Buffer.alloc(60, 0x61);
console.log(big, [Buffer.alloc(0)], { nested: { b: Buffer.from('xy') } });
console.log(String(Buffer.from('str')), Buffer.from('a') + Buffer.from('b'));
console.log(Buffer.from('swap').swap16(), Buffer.from('swap').swap32(), Buffer.from('12345678').swap64());
var sum = 0;
Buffer.from([1, 2, 3]).forEach(function (v, i) { sum += v * (i + 1); });
console.log(sum, Array.prototype.slice.call(Buffer.from([4, 5])), Buffer.from('ab').toJSON().data);
var buffer = require('buffer');
console.log(buffer.Buffer === Buffer, buffer.kMaxLength, buffer.INSPECT_MAX_BYTES, require('node:buffer').Buffer === Buffer);
// memory: many large buffers are collected
for (var i = 0; i < 200; i++) Buffer.alloc(1024 * 1024, i);
console.log('survived');
