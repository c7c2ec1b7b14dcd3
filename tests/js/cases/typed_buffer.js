// Buffer is a Uint8Array subclass as in node, sharing memory with ArrayBuffers.
var b = Buffer.from('hello');
console.log(b instanceof Uint8Array, b instanceof Buffer, Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(2)),
  Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Object.getPrototypeOf(Buffer) === Uint8Array,
  ArrayBuffer.isView(b), Object.prototype.toString.call(b));
console.log(b.buffer instanceof ArrayBuffer, b.byteLength, b.length, b.BYTES_PER_ELEMENT);
var ab = new ArrayBuffer(8);
var view = new Uint8Array(ab);
var shared = Buffer.from(ab, 2, 4);
shared[0] = 65;
shared.write('BC', 1);
console.log(view, shared, shared.buffer === ab, shared.byteOffset, shared.length, shared.toString('hex'));
var all = Buffer.from(ab);
console.log(all.length, all.buffer === ab);
view[7] = 0x21;
console.log(all.toString('hex'));
function err(f) { try { f(); console.log('no error'); } catch (e) { console.log(e.name + ': ' + e.code + ': ' + e.message); } }
err(function () { Buffer.from(ab, 9); });
err(function () { Buffer.from(ab, 2, 7); });
var c = Buffer.from(new Uint16Array([1, 256, 513]));
console.log(c);
var d = Buffer.from(new Uint8Array([1, 2, 3]));
console.log(d, Buffer.concat([d, new Uint8Array([4])]), Buffer.compare(d, new Uint8Array([1, 2, 3])), d.equals(new Uint8Array([1, 2, 3])));
var s = b.subarray(1, 3);
var sl = b.slice(1, 3);
s[0] = 69;
console.log(b.toString(), s instanceof Buffer, sl instanceof Buffer, sl.toString(), s.buffer === b.buffer, s.byteOffset - b.byteOffset);
console.log(b.map(function (x) { return x + 1; }) instanceof Buffer, b.filter(function (x) { return x > 104; }));
console.log(b.join('-'), b.reverse().toString(), b.indexOf(108), b.includes('he'));
var u = new Uint8Array(Buffer.from('xyz'));
console.log(u, Buffer.byteLength(new Uint32Array(3)), Buffer.byteLength(new ArrayBuffer(5)));
console.log(JSON.stringify(Buffer.from('hi')), JSON.stringify(new Uint8Array([104, 105])));
console.log(Buffer.alloc(3), Buffer.alloc(4, 'ab'), Buffer.allocUnsafe(2).length);
// (Buffer.from and allocUnsafe of small sizes share node's 8 KiB pool; alloc does not)
var z = Buffer.alloc(4);
var u16 = new Uint16Array(z.buffer, z.byteOffset, 2);
z[2] = 1;
console.log(u16.length, u16[1], z.buffer.byteLength);
