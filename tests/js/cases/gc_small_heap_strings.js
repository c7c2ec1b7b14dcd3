// mem: 8M
// Garbage that is few objects but many bytes: 2,000 strings of 64 KB
// (128 MB in all) made and dropped in a 8 MB guest. mujs alone collects
// after 5x the surviving object count, far later than the heap fills:
// the runtime collects as the heap fills and before an allocation fails
// (patches/mujs/0100-gc-before-oom.patch, docs/memory.md).
var big = new Array(64 * 1024 + 1).join('x');
var lengths = [];
for (var i = 0; i < 2000; i++) {
	var s = big + i;
	if (i % 400 === 0) lengths.push(s.length);
}
console.log(lengths.join(' '));
// Buffers: their bytes are the allocator's, not mujs's; 400 of 64 KB.
var sum = 0;
for (var j = 0; j < 400; j++) {
	var b = Buffer.alloc(64 * 1024, j & 0xff);
	sum += b[j];
}
console.log(sum);
