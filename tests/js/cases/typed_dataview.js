// DataView: every type, both byte orders, bounds, sharing with views.
var buf = new ArrayBuffer(16);
var dv = new DataView(buf, 2, 12);
var u8 = new Uint8Array(buf);
console.log(dv.byteOffset, dv.byteLength, dv.buffer === buf);
dv.setUint32(0, 0x01020304);
dv.setUint32(4, 0x01020304, true);
console.log(u8.join(' '));
console.log(dv.getUint32(0), dv.getUint32(0, true), dv.getUint16(1), dv.getUint16(1, true), dv.getInt8(0), dv.getUint8(3));
dv.setInt16(0, -2);
dv.setInt16(2, -2, true);
console.log(dv.getInt16(0), dv.getUint16(0), dv.getInt16(2, true), dv.getInt16(2), u8.join(' '));
dv.setInt32(0, -123456789, true);
console.log(dv.getInt32(0, true), dv.getUint32(0, true), dv.getInt32(0));
dv.setFloat32(0, 1.1);
console.log(dv.getFloat32(0), dv.getFloat32(0, true), u8.slice(2, 6).join(' '));
dv.setFloat64(4, Math.PI, true);
console.log(dv.getFloat64(4, true), dv.getFloat64(4), u8.slice(6, 14).join(' '));
dv.setFloat64(4, -0);
console.log(Object.is(dv.getFloat64(4), -0));
dv.setUint8(0, 300);
dv.setInt8(1, 200);
dv.setUint16(2, -1);
dv.setUint32(4, NaN);
console.log(dv.getUint8(0), dv.getInt8(1), dv.getUint16(2), dv.getUint32(4));
function err(f) { try { f(); console.log('no error'); } catch (e) { console.log(e.name + ': ' + e.message); } }
err(function () { dv.getUint32(9); });
err(function () { dv.setFloat64(5, 1); });
err(function () { dv.getInt8(-1); });
err(function () { return new DataView(buf, 17); });
err(function () { return new DataView(buf, 4, 13); });
err(function () { return new DataView(new Uint8Array(2)); });
console.log(new DataView(buf).byteLength, new DataView(buf, 16).byteLength);
// a float written through a Float32Array reads back rounded
var f = new Float32Array([0.1, 16777217, 1e39, -1e-46]);
console.log(f[0], f[1], f[2], Object.is(f[3], -0));
