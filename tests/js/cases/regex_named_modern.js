// A module in modern syntax with named groups: Babel lowers the rest but
// keeps the regex literal for mujs (its named-groups lowering needs
// Symbol and WeakMap through _wrapRegExp).
const route = /^\/users\/(?<id>\d+)(?:\/(?<action>[a-z]+))?$/;
const parse = (path) => {
  const m = route.exec(path);
  return m ? { ...m.groups } : null;
};
console.log(parse('/users/42'), parse('/users/7/edit'), parse('/nope'));
const swapped = '2024-05-06'.replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/u, `$<d>.$<m>.$<y>`);
console.log(swapped, /(?<=@)\w+/.exec('me@host')[0]);
for (const { groups: { k, v } } of [/(?<k>\w+)=(?<v>\w+)/.exec('a=1'), /(?<k>\w+)=(?<v>\w+)/.exec('b=2')]) console.log(k, v);
