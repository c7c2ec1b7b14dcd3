// Line breaking at Node's width.
console.log({ alpha: 'aaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbb', gamma: 'cccccccccccccccc' });
console.log({ alpha: 'aaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbb', gamma: 'cccccccccccccccc', zeta: 1 });
console.log({ a: { b: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', c: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy' } });
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16, q: 17, r: 18, s: 19, t: 20, u: 21, v: 22, w: 23 });
console.log({ list: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'] });
console.log({ a: { b: { c: 1 } }, d: { e: { f: 2 } } });
console.log({ a: { b: { c: { d: 1 } } } }, 'after');
console.log({ text: 'line one\nline two\nline three and a long tail to pass the limit of the width' });
console.log(['x'], { y: 1 }, 'z', 3);
