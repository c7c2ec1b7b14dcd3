// Buffer: integer and float reads and writes.
var b = Buffer.alloc(16);
console.log(b.writeUInt8(255, 0), b.writeUInt16LE(0x1234, 1), b.writeUInt16BE(0x1234, 3), b.writeUInt32LE(0xdeadbeef, 5),
  b.writeUInt32BE(0xcafebabe, 9), b.writeInt8(-128, 13), b.writeInt16BE(-2, 14));
console.log(b);
console.log(b.readUInt8(0), b.readUInt16LE(1), b.readUInt16BE(3), b.readUInt32LE(5), b.readUInt32BE(9), b.readInt8(13),
  b.readInt16BE(14), b.readInt16LE(14), b.readInt32LE(5), b.readInt32BE(9), b.readUint8(0), b.readUint32BE(9));
var c = Buffer.alloc(12);
console.log(c.writeIntLE(-123456789, 0, 6), c.writeUIntBE(0x123456789a, 6, 5), c);
console.log(c.readIntLE(0, 6), c.readUIntBE(6, 5), c.readIntBE(6, 5), c.readUIntLE(0, 3), c.readIntBE(0, 1));
var f = Buffer.alloc(24);
f.writeFloatLE(1.5, 0); f.writeFloatBE(-0.25, 4); f.writeDoubleLE(Math.PI, 8); f.writeDoubleBE(1e300, 16);
console.log(f, f.readFloatLE(0), f.readFloatBE(4), f.readDoubleLE(8), f.readDoubleBE(16));
f.writeFloatLE(0.1, 0);
console.log(f.readFloatLE(0), f.readFloatLE(0) === Math.fround ? 'x' : 'y');
var n = Buffer.alloc(4);
n.writeInt32LE(-1, 0);
console.log(n, n.readUInt32LE(0), n.readInt32LE(0));
n.writeUInt32BE(4294967295, 0);
console.log(n.readInt32BE(0), n.readInt16BE(2), n.readUInt16BE(2));
