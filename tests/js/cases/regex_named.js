// Named groups (kept as regex literals for mujs, not lowered by Babel),
// back-references by name, lookbehind.
var date = /(?<year>\d{4})-(?<month>\d{2})(?:-(?<day>\d{2}))?/;
var m = date.exec('on 2020-12');
console.log(m.groups.year, m.groups.month, m.groups.day, 'day' in m.groups, Object.keys(m.groups).join(), m.index);
console.log(JSON.stringify('2020-12-31'.match(date).groups));
console.log('2020-12-31'.replace(date, '$<day>/$<month>/$<year>'), '2020-12'.replace(date, '[$<day>]'));
console.log('2020-12-31'.replace(date, function () {
  var groups = arguments[arguments.length - 1];
  return groups.day + '.' + groups.month + '.' + groups.year + ' ' + typeof arguments[arguments.length - 2];
}));
console.log('a-a b-c'.replace(/(?<c>\w)-\k<c>/g, '<$<c>>'), /(?<q>['"]).*?\k<q>/.exec('say "hi" \'x\'')[0]);
console.log('$<x>'.replace(/x/, '$<x>'), 'ab'.replace(/(?<x>a)/, '[$<nope>]'), 'ab'.replace(/(a)/, '[$<x>]'));
console.log(/(a)/.exec('a').groups, typeof /(?<n>a)/.exec('a').groups);
var all = [], r = /(?<k>\w+)=(?<v>\w*)/g, x;
while ((x = r.exec('a=1&b=&c=3'))) all.push(x.groups.k + ':' + x.groups.v);
console.log(all.join(' '));
try { new RegExp('(?<a>x)(?<a>y)'); } catch (e) { console.log(e.name); }
try { new RegExp('(?<a>x)\\k<b>'); } catch (e) { console.log(e.name); }

// lookbehind
console.log(/(?<=\$)\d+(\.\d+)?/.exec('cost: $42.50')[0], /(?<!\$)\b\d+/.exec('$5 or 17')[0]);
console.log('1234567'.replace(/\B(?<=\d)(?=(\d{3})+$)/g, ','), 'price 10 EUR'.replace(/(?<=\d) (?=EUR)/, '\u00a0').length);
console.log(JSON.stringify(/(?<=(a{1,3}))b/.exec('aab')), /(?<![a-z])x/.test('ax'), /(?<=^|,)\w/g.exec('a,b').index);
console.log('a.b.c'.split(/(?<=\.)/).join('|'), 'abc'.replace(/(?<=a|ab)c/, 'X'));

// lookbehind bodies match backwards, as ES has it: greedy captures reach
// as far left as they can, back-references come after their group
function j(x) { return JSON.stringify(x); }
console.log(j(/(?<=(a+))b/.exec('aab')), j(/(?<=(a+?))b/.exec('aab')), j(/(?<=(\d+)(\d+))$/.exec('1053')), j(/(?<=\1(a))b/.exec('aab')));
console.log(j(/(?<=([ab])+)c/.exec('abc')), j(/(?<!^\s*)x/.exec('  x')), j(/(?<=^\s*)x/.exec('  x')), j(/(?<=\$\d+(\.\d*)?)\b/.exec('$10.50 z')));
console.log(j('a1b22c333'.match(/(?<=[a-z])\d+/g)), j(/(?<=a(?=b)b)c/.exec('abc')), j(/(?<=\u00e9{2})x/.exec('\u00e9\u00e9x')));
console.log(j(/(?<=(?<l>[a-z]+)-)\d/.exec('ab-1').groups), j(/(?<=([a-z]){2,3})\d/.exec('abcd1')), j(/(?<=a.{0,3}?)b/.exec('axxb')));
