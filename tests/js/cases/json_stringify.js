// JSON.stringify with indentation (keys alphabetical: mujs enumerates so).
var o = { a: 1, b: [1, 2, { c: 'x' }], d: { e: null, f: true }, g: 'str' };
console.log(JSON.stringify(o));
console.log(JSON.stringify(o, null, 2));
console.log(JSON.stringify(o, null, '\t'));
console.log(JSON.stringify([]), JSON.stringify({}), JSON.stringify([[]], null, 2));
console.log(JSON.stringify('he said "hi"\n'), JSON.stringify(-0), JSON.stringify(NaN));
console.log(JSON.stringify({ u: undefined, f: function () {} }), JSON.stringify([undefined]));
console.log(JSON.stringify(new Date(0)));
console.log(JSON.stringify({ a: 1, b: 2 }, ['a']));
console.log(JSON.stringify({ a: 1, b: 2 }, function (k, v) { return typeof v === 'number' ? v * 10 : v; }));
console.log(JSON.parse('{"x":[1,2,{"y":"z"}]}').x[2].y);
