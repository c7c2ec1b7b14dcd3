// A string's surrogate pairs and U+0000 on the console as Node writes
// them (js/runtime.c runtime_write): mujs holds a pair made from escapes
// or char codes as two 3-byte sequences, which must go out as the
// character's 4-byte UTF-8; a lone surrogate goes out as U+FFFD.
'use strict';
var pair = '\uD83D\uDE00';
console.log(pair, JSON.parse('"\\ud83d\\ude00"'), String.fromCharCode(0xD83D, 0xDE00) + 'x');
console.log(['a' + pair + 'b'], { k: pair });
console.log('lone', '\uD800', 'x\uDC00y', '\uDBFF\uD800');
console.log('%s and %s', pair, '\uDFFF');
process.stdout.write('nul[' + '\u0000' + '] ' + pair + '\n');
console.log(pair.length, Buffer.from(pair).toString('hex'), Buffer.byteLength('\uD800'));
console.log('\u00e9\u4e2d' + pair + '\u00e9'); // 2-, 3-, 4-byte characters side by side
