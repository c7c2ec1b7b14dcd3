// Nested plain objects; keys in alphabetical order (see docs: mujs key order).
console.log({});
console.log({ a: 1 });
console.log({ a: 1, b: 'two', c: true, d: null, e: undefined });
console.log({ a: { b: { c: { d: { e: 1 } } } } });
console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: [] } } });
console.log({ a: { b: { c: [1] } } });
console.log({ arr: [1, 2, { x: 1 }], obj: { y: 'z' } });
console.log({ 'a-b': 1, 'c d': 2, e_f: 3, 'g\'h': 4 });
console.log({ anon: [function () {}], fn: function named() {} });
console.log({ nested: { deep: { deeper: { deepest: 1 } } }, shallow: 1 });
console.log([{ a: 1 }, { b: 2 }]);
console.log({ a: -0, b: NaN, c: Infinity, d: -Infinity });
