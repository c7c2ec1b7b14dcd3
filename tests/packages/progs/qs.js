// qs: nested query strings.
const qs = require('qs');
console.log(qs.parse('a[b][c]=d&list[]=1&list[]=2&x=%20y&arr[1]=b&arr[0]=a'));
console.log(qs.stringify({ a: { b: { c: 'd' } }, list: [1, 2], s: 'a b&c' }));
console.log(qs.stringify({ a: [1, 2] }, { arrayFormat: 'brackets', encode: false }), qs.parse('?a=1&b=2', { ignoreQueryPrefix: true }));
console.log(qs.parse('a.b=c', { allowDots: true }), qs.parse('a=1&a=2'), qs.stringify({ d: new Date(0) }));
