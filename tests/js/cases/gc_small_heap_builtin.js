// mem: 8M
// Garbage made inside one builtin, where the interpreter runs no
// instruction and so cannot collect: forEach calls the native String on
// each of 120,000 numbers, and each call makes two strings of ~20 bytes
// and drops them (about 11 MB in all; the heap of an 8 MB guest is under
// 6 MB, the array takes 2 MB of it). The allocator's out-of-memory hook
// collects from inside the failing allocation and retries it
// (patches/mujs/0100-gc-before-oom.patch, docs/memory.md).
var a = [];
for (var i = 0; i < 120000; i++) a.push(i / 7 + 0.1);
a.forEach(String);
console.log(a.length, String(a[119999]));
