// console.log format specifiers on primitives, formatted without util.js
console.log('%s is %d years and %i days, %f%%', 'Bob', 42.5, '17.9', '3.25abc');
console.log('%d %d %d %d', -0, '0x10', '', null);
console.log('%s %s', -0, undefined, 'extra', 7, true, null);
console.log('%c styled %s', 'color: red', 'text');
console.log('100%', 'done', '%x', 5);
console.log('%s %s', 'only one');
console.log('%i %f', '1e21', 'Infinity');
console.log('a%%b %s%', 1);
console.log('%', 1);
console.log('%s', 'x', { a: 1 });
console.log('%j', { a: 1 });
