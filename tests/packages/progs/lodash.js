// lodash: collections, objects, strings, functions, chaining.
const _ = require('lodash');
const users = [
  { user: 'barney', age: 36, active: true, tags: ['a', 'b'] },
  { user: 'fred', age: 40, active: false, tags: ['b'] },
  { user: 'pebbles', age: 1, active: true, tags: [] }
];
console.log(_.map(_.filter(users, 'active'), 'user'));
console.log(_.sortBy(users, ['age']).map((u) => u.user), _.groupBy([6.1, 4.2, 6.3], Math.floor));
console.log(_.chunk(['a', 'b', 'c', 'd', 'e'], 2), _.uniq([2, 1, 2, 3, 1]), _.flattenDeep([1, [2, [3, [4]], 5]]));
console.log(_.merge({ a: [{ b: 2 }, { d: 4 }] }, { a: [{ c: 3 }, { e: 5 }] }));
console.log(_.get({ a: [{ b: { c: 3 } }] }, 'a[0].b.c'), _.set({}, 'x.y[1].z', 7), _.pick({ a: 1, b: '2', c: 3 }, ['a', 'c']));
console.log(_.camelCase('Foo Bar'), _.kebabCase('fooBar'), _.snakeCase('Foo Bar'), _.startCase('--foo-bar--'), _.padStart('5', 3, '0'));
console.log(_.template('hello <%= user %>! <% _.forEach(list, function(x) { %><li><%- x %></li><% }); %>')({ user: 'fred', list: ['<a>', 'b'] }));
console.log(_.isEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), _.cloneDeep({ d: new Date(0), r: /x/g, n: [1, 2] }));
const memo = _.memoize((n) => n * 2);
console.log(memo(4), memo.cache.has(4), _.range(0, 20, 5), _.sum([4, 2, 8]), _.meanBy(users, 'age'));
console.log(_(users).filter('active').map('age').sum(), _.chain([3, 1, 2]).sortBy().reverse().value());
console.log(_.debounce, typeof _.throttle(() => 1, 10), _.VERSION);
