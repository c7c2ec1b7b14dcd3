// Typed-array memory is C memory the collector frees: 400 MiB of 1 MiB
// arrays pass through an image of 32 MiB, and views keep their bytes alive
// after everything else that used them is gone.
var views = [];
for (var i = 0; i < 20; i++) {
  var big = new Uint8Array(1 << 16);
  big.fill(i);
  views.push(new Uint16Array(big.buffer, 2 * i, 4));
  views.push(big.subarray(100, 103));
}
var sum = 0;
for (i = 0; i < 400; i++) {
  var a = new Float64Array(1 << 17); // 1 MiB
  a[i] = i;
  sum += a[i] + a.length;
  var b = Buffer.alloc(1 << 16, i & 255);
  sum += b[100];
}
console.log(sum);
console.log(views[6].join(), views[7].join(), views[38].buffer.byteLength, views[39].byteOffset, views[39].buffer.byteLength);
var ab = new ArrayBuffer(8), dv = new DataView(ab);
ab = null;
for (i = 0; i < 50; i++) new ArrayBuffer(1 << 20);
dv.setInt32(4, -5);
console.log(dv.getInt32(4), dv.buffer.byteLength);
