// Groups that do not take part in a match: undefined for replace
// callbacks, exec, match and split; '' for $n in a replacement string.
// (dayjs's format and Express 4's path-to-regexp 0.1 depend on it.)

// dayjs: REGEX_FORMAT with an optional [escaped] group
var REGEX_FORMAT = /\[([^\]]+)]|Y{1,4}|M{1,4}|D{1,2}|d{1,4}|H{1,2}|h{1,2}|a|A|m{1,2}|s{1,2}|Z{1,2}|SSS/g;
var parts = { YYYY: '2020', MM: '03', DD: '04', HH: '05', mm: '06', ss: '07', A: 'AM' };
console.log('YYYY-MM-DD HH:mm:ss [at] A'.replace(REGEX_FORMAT, function (match, $1) {
  return $1 || parts[match] || match;
}));

// path-to-regexp 0.1: optional parameter groups
var path = '/user/:id/:op?';
var keys = [];
var src = path
  .replace(/\/\(/g, '(?:/')
  .replace(/([\/\.])/g, '\\$1')
  .replace(/(\\\/)?(\\\.)?:(\w+)(\(.*?\))?(\*)?(\?)?/g, function (match, slash, format, key, capture, star, optional) {
    slash = slash || '';
    format = format || '';
    capture = capture || '([^\\/' + format + ']+?)';
    optional = optional || '';
    keys.push({ name: key, optional: !!optional });
    return '' + (optional ? '' : slash) + '(?:' + format + (optional ? slash : '') + capture + (star ? '((?:[\\/' + format + '].+?)?)' : '') + ')' + optional;
  });
var route = new RegExp('^' + src + '\\/?$', 'i');
console.log(route.source, JSON.stringify(keys));
console.log(JSON.stringify(route.exec('/user/42')), JSON.stringify(route.exec('/user/42/edit')), route.test('/other'));

// the arguments a replacement function gets
'xaz'.replace(/(a)|(b)/, function () { console.log(JSON.stringify([].slice.call(arguments)), typeof arguments[2]); return ''; });
console.log('aXbX'.replace(/(X)|(Y)/g, '<$1|$2|$3|$01|$10>'));
console.log('abc'.replace(/(?:(a)|b)+/, '[$1]'), 'abc'.replace(/(z)?b/, '[$1]'));
// offsets count characters, not bytes
console.log('\u00e9\u00e9a\u00e9a'.replace(/a/g, function (m, off) { return '(' + off + ')'; }));
'\u00e9t\u00e9'.replace(/t/, function (m, off, str) { console.log(off, str.length); return m; });

// exec, match, split
var m = /(a)?(b)/.exec('b');
console.log(m.length, m[1] === undefined, 1 in m, JSON.stringify(m), m.index);
console.log(JSON.stringify('a1b2c'.split(/(\d)|(x)/)), 'a1b2c'.split(/(\d)|(x)/)[2] === undefined);
console.log(JSON.stringify('a-b_c'.split(/(-)|(_)/, 4)));
console.log(JSON.stringify('2020-01'.match(/(\d+)-(\d+)(-(\d+))?/)));
