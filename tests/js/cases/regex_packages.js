// Real patterns from npm packages that mujs 1.3.2 could not compile
// (lodash.js:276, too many character classes; semver \d{0,256}; encodeurl
// {1,1024}; validator, zod, fast-uri: too many ranges in a class), run on
// sample inputs. The pattern strings are copied from the packages.
var lodash = {
 "reUnicode": "\\ud83c[\\udffb-\\udfff](?=\\ud83c[\\udffb-\\udfff])|(?:[^\\ud800-\\udfff][\\u0300-\\u036f\\ufe20-\\ufe2f\\u20d0-\\u20ff]?|[\\u0300-\\u036f\\ufe20-\\ufe2f\\u20d0-\\u20ff]|(?:\\ud83c[\\udde6-\\uddff]){2}|[\\ud800-\\udbff][\\udc00-\\udfff]|[\\ud800-\\udfff])[\\ufe0e\\ufe0f]?(?:[\\u0300-\\u036f\\ufe20-\\ufe2f\\u20d0-\\u20ff]|\\ud83c[\\udffb-\\udfff])?(?:\\u200d(?:[^\\ud800-\\udfff]|(?:\\ud83c[\\udde6-\\uddff]){2}|[\\ud800-\\udbff][\\udc00-\\udfff])[\\ufe0e\\ufe0f]?(?:[\\u0300-\\u036f\\ufe20-\\ufe2f\\u20d0-\\u20ff]|\\ud83c[\\udffb-\\udfff])?)*",
 "reUnicodeWord": "[A-Z\\xc0-\\xd6\\xd8-\\xde]?[a-z\\xdf-\\xf6\\xf8-\\xff]+(?:['’](?:d|ll|m|re|s|t|ve))?(?=[\\xac\\xb1\\xd7\\xf7\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\xbf\\u2000-\\u206f \\t\\x0b\\f\\xa0\\ufeff\\n\\r\\u2028\\u2029\\u1680\\u180e\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200a\\u202f\\u205f\\u3000]|[A-Z\\xc0-\\xd6\\xd8-\\xde]|$)|(?:[A-Z\\xc0-\\xd6\\xd8-\\xde]|[^\\ud800-\\udfff\\xac\\xb1\\xd7\\xf7\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\xbf\\u2000-\\u206f \\t\\x0b\\f\\xa0\\ufeff\\n\\r\\u2028\\u2029\\u1680\\u180e\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200a\\u202f\\u205f\\u3000\\d+\\u2700-\\u27bfa-z\\xdf-\\xf6\\xf8-\\xffA-Z\\xc0-\\xd6\\xd8-\\xde])+(?:['’](?:D|LL|M|RE|S|T|VE))?(?=[\\xac\\xb1\\xd7\\xf7\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\xbf\\u2000-\\u206f \\t\\x0b\\f\\xa0\\ufeff\\n\\r\\u2028\\u2029\\u1680\\u180e\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200a\\u202f\\u205f\\u3000]|[A-Z\\xc0-\\xd6\\xd8-\\xde](?:[a-z\\xdf-\\xf6\\xf8-\\xff]|[^\\ud800-\\udfff\\xac\\xb1\\xd7\\xf7\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\xbf\\u2000-\\u206f \\t\\x0b\\f\\xa0\\ufeff\\n\\r\\u2028\\u2029\\u1680\\u180e\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200a\\u202f\\u205f\\u3000\\d+\\u2700-\\u27bfa-z\\xdf-\\xf6\\xf8-\\xffA-Z\\xc0-\\xd6\\xd8-\\xde])|$)|[A-Z\\xc0-\\xd6\\xd8-\\xde]?(?:[a-z\\xdf-\\xf6\\xf8-\\xff]|[^\\ud800-\\udfff\\xac\\xb1\\xd7\\xf7\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\xbf\\u2000-\\u206f \\t\\x0b\\f\\xa0\\ufeff\\n\\r\\u2028\\u2029\\u1680\\u180e\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200a\\u202f\\u205f\\u3000\\d+\\u2700-\\u27bfa-z\\xdf-\\xf6\\xf8-\\xffA-Z\\xc0-\\xd6\\xd8-\\xde])+(?:['’](?:d|ll|m|re|s|t|ve))?|[A-Z\\xc0-\\xd6\\xd8-\\xde]+(?:['’](?:D|LL|M|RE|S|T|VE))?|\\d*(?:1ST|2ND|3RD|(?![123])\\dTH)(?=\\b|[a-z_])|\\d*(?:1st|2nd|3rd|(?![123])\\dth)(?=\\b|[A-Z_])|\\d+|(?:[\\u2700-\\u27bf]|(?:\\ud83c[\\udde6-\\uddff]){2}|[\\ud800-\\udbff][\\udc00-\\udfff])[\\ufe0e\\ufe0f]?(?:[\\u0300-\\u036f\\ufe20-\\ufe2f\\u20d0-\\u20ff]|\\ud83c[\\udffb-\\udfff])?(?:\\u200d(?:[^\\ud800-\\udfff]|(?:\\ud83c[\\udde6-\\uddff]){2}|[\\ud800-\\udbff][\\udc00-\\udfff])[\\ufe0e\\ufe0f]?(?:[\\u0300-\\u036f\\ufe20-\\ufe2f\\u20d0-\\u20ff]|\\ud83c[\\udffb-\\udfff])?)*",
 "reHasUnicode": "[\\u200d\\ud800-\\udfff\\u0300-\\u036f\\ufe20-\\ufe2f\\u20d0-\\u20ff\\ufe0e\\ufe0f]",
 "reComboMark": "[\\u0300-\\u036f\\ufe20-\\ufe2f\\u20d0-\\u20ff]"
};
var semver = {
 "FULL": "^v?(0|[1-9]\\d{0,256})\\.(0|[1-9]\\d{0,256})\\.(0|[1-9]\\d{0,256})(?:-((?:\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}|0|[1-9]\\d{0,256})(?:\\.(?:\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}|0|[1-9]\\d{0,256}))*))?(?:\\+([a-zA-Z0-9-]{1,250}(?:\\.[a-zA-Z0-9-]{1,250})*))?$",
 "LOOSE": "^[v=\\s]*(\\d{1,256})\\.(\\d{1,256})\\.(\\d{1,256})(?:-?((?:\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}|\\d{1,256})(?:\\.(?:\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}|\\d{1,256}))*))?(?:\\+([a-zA-Z0-9-]{1,250}(?:\\.[a-zA-Z0-9-]{1,250})*))?$",
 "COMPARATOR": "^((?:<|>)?=?)\\s{0,1}(v?(0|[1-9]\\d{0,256})\\.(0|[1-9]\\d{0,256})\\.(0|[1-9]\\d{0,256})(?:-((?:\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}|0|[1-9]\\d{0,256})(?:\\.(?:\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}|0|[1-9]\\d{0,256}))*))?(?:\\+([a-zA-Z0-9-]{1,250}(?:\\.[a-zA-Z0-9-]{1,250})*))?)$|^$",
 "TILDE": "^(?:~>?)[v=\\s]*(0|[1-9]\\d{0,256}|x|X|\\*)(?:\\.(0|[1-9]\\d{0,256}|x|X|\\*)(?:\\.(0|[1-9]\\d{0,256}|x|X|\\*)(?:(?:-((?:\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}|0|[1-9]\\d{0,256})(?:\\.(?:\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}|0|[1-9]\\d{0,256}))*)))?(?:\\+([a-zA-Z0-9-]{1,250}(?:\\.[a-zA-Z0-9-]{1,250})*))?)?)?$",
 "CARET": "^(?:\\^)[v=\\s]*(0|[1-9]\\d{0,256}|x|X|\\*)(?:\\.(0|[1-9]\\d{0,256}|x|X|\\*)(?:\\.(0|[1-9]\\d{0,256}|x|X|\\*)(?:(?:-((?:\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}|0|[1-9]\\d{0,256})(?:\\.(?:\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}|0|[1-9]\\d{0,256}))*)))?(?:\\+([a-zA-Z0-9-]{1,250}(?:\\.[a-zA-Z0-9-]{1,250})*))?)?)?$",
 "XRANGE": "^((?:<|>)?=?)\\s{0,1}[v=\\s]*(0|[1-9]\\d{0,256}|x|X|\\*)(?:\\.(0|[1-9]\\d{0,256}|x|X|\\*)(?:\\.(0|[1-9]\\d{0,256}|x|X|\\*)(?:(?:-((?:\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}|0|[1-9]\\d{0,256})(?:\\.(?:\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}|0|[1-9]\\d{0,256}))*)))?(?:\\+([a-zA-Z0-9-]{1,250}(?:\\.[a-zA-Z0-9-]{1,250})*))?)?)?$",
 "COERCE": "(^|[^\\d])(\\d{1,16})(?:\\.(\\d{1,16}))?(?:\\.(\\d{1,16}))?(?:$|[^\\d])",
 "HYPHENRANGE": "^\\s{0,1}([v=\\s]*(0|[1-9]\\d{0,256}|x|X|\\*)(?:\\.(0|[1-9]\\d{0,256}|x|X|\\*)(?:\\.(0|[1-9]\\d{0,256}|x|X|\\*)(?:(?:-((?:\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}|0|[1-9]\\d{0,256})(?:\\.(?:\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}|0|[1-9]\\d{0,256}))*)))?(?:\\+([a-zA-Z0-9-]{1,250}(?:\\.[a-zA-Z0-9-]{1,250})*))?)?)?)\\s{1,1}-\\s{1,1}([v=\\s]*(0|[1-9]\\d{0,256}|x|X|\\*)(?:\\.(0|[1-9]\\d{0,256}|x|X|\\*)(?:\\.(0|[1-9]\\d{0,256}|x|X|\\*)(?:(?:-((?:\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}|0|[1-9]\\d{0,256})(?:\\.(?:\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}|0|[1-9]\\d{0,256}))*)))?(?:\\+([a-zA-Z0-9-]{1,250}(?:\\.[a-zA-Z0-9-]{1,250})*))?)?)?)\\s{0,1}$",
 "COMPARATORTRIM": "(\\s{0,1})((?:<|>)?=?)\\s{0,1}([v=\\s]*(\\d{1,256})\\.(\\d{1,256})\\.(\\d{1,256})(?:-?((?:\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}|\\d{1,256})(?:\\.(?:\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}|\\d{1,256}))*))?(?:\\+([a-zA-Z0-9-]{1,250}(?:\\.[a-zA-Z0-9-]{1,250})*))?|[v=\\s]*(0|[1-9]\\d{0,256}|x|X|\\*)(?:\\.(0|[1-9]\\d{0,256}|x|X|\\*)(?:\\.(0|[1-9]\\d{0,256}|x|X|\\*)(?:(?:-((?:\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}|0|[1-9]\\d{0,256})(?:\\.(?:\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}|0|[1-9]\\d{0,256}))*)))?(?:\\+([a-zA-Z0-9-]{1,250}(?:\\.[a-zA-Z0-9-]{1,250})*))?)?)?)"
};
function esc(s) {
  if (s === undefined || s === null) return String(s);
  return '"' + String(s).replace(/[^\x20-\x7e]/g, function (c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); }) + '"';
}
function all(re, s) {
  var out = [], m;
  re.lastIndex = 0;
  while ((m = re.exec(s))) {
    out.push(m.index + ':' + esc(m[0]));
    if (m[0] === '') re.lastIndex++;
  }
  return out.join(' ');
}

// lodash: words(), size() of strings with astral symbols, deburr marks
var reUnicodeWord = new RegExp(lodash.reUnicodeWord, 'g');
var reUnicode = new RegExp(lodash.reUnicode, 'g');
var reHasUnicode = new RegExp(lodash.reHasUnicode);
var reComboMark = new RegExp(lodash.reComboMark, 'g');
['fredBarney', 'HTML5Parser', "don't stop", 'caf\u00e9 au lait', '\u00c0Bc12de', 'I \u2764\ufe0f JS', 'smile \ud83d\ude00 ok', 'XMLHttpRequest2'].forEach(function (s) {
  console.log('words', esc(s), all(reUnicodeWord, s), reHasUnicode.test(s));
  console.log('symbols', esc(s), (s.match(reUnicode) || []).length);
});
console.log('combo', esc('e\u0301a\u0308'.replace(reComboMark, '')));

// semver
Object.keys(semver).forEach(function (k) {
  var re = new RegExp(semver[k]);
  ['1.2.3', 'v1.2.3-beta.1+build.5', '>=1.2.3', '~1.2', '^0.0.1', '1.x', '1.2.3 - 2.3.4', '=  1.2.3', 'a.b.c', '01.2.3', '1.2.3.4'].forEach(function (s) {
    var m = re.exec(s);
    console.log('semver', k, esc(s), m ? m.map(esc).join(',') : 'null');
  });
});

// encodeurl 2.0's replacement, as the package does it
var ENCODE_CHARS_REGEXP = /(?:[^\x21\x23-\x3B\x3D\x3F-\x5F\x61-\x7A\x7C\x7E]+|%+(?![0-9A-Fa-f]{2})){1,1024}/g;
var SURROGATE_REGEXP = /([\uD800-\uDBFF][\uDC00-\uDFFF])|[\uD800-\uDFFF]/g;
function encodeUrl(url) {
  return url.replace(SURROGATE_REGEXP, function (m, pair) { return pair || '\uFFFD'; })
    .replace(ENCODE_CHARS_REGEXP, function (m) { return encodeURI(m); });
}
['/foo bar', '/x?y=<z>&w=%zz', 'http://h/\u00e9\u00e8 %41%4', '/' + new Array(3000).join('a b'), 'x\ud800y\udc00'] /* (astral: encodeURI's business) */.forEach(function (s) {
  var e = encodeUrl(s);
  console.log('encodeurl', e.length, esc(e.slice(0, 60)));
});

// validator
var emailUserPart = /^[a-z\d!#\$%&'\*\+\-\/=\?\^_`{\|}~]+$/i;
var quotedEmailUser = /^([\s\x01-\x08\x0b\x0c\x0e-\x1f\x7f\x21\x23-\x5b\x5d-\x7e]|(\\[\x01-\x09\x0b\x0c\x0d-\x7f]))*$/i;
var emailUserUtf8Part = /^[a-z\d!#\$%&'\*\+\-\/=\?\^_`{\|}~\u00A1-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]+$/i;
var quotedEmailUserUtf8 = /^([\s\x01-\x08\x0b\x0c\x0e-\x1f\x7f\x21\x23-\x5b\x5d-\x7e\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]|(\\[\x01-\x09\x0b\x0c\x0d-\x7f\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]))*$/i;
var iso8601 = /^([\+-]?\d{4}(?!\d{2}\b))((-?)((0[1-9]|1[0-2])(\3([12]\d|0[1-9]|3[01]))?|W([0-4]\d|5[0-3])(-?[1-7])?|(00[1-9]|0[1-9]\d|[12]\d{2}|3([0-5]\d|6[1-6])))([T\s]((([01]\d|2[0-3])((:?)[0-5]\d)?|24:?00)([\.,]\d+(?!:))?)?(\17[0-5]\d([\.,]\d+)?)?([zZ]|([\+-])([01]\d|2[0-3]):?([0-5]\d)?)?)?)?$/;
var uuidAll = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/i;
['foo', 'Foo.Bar', 'a b', 'quoted"x', '\u00e9l\u00e8ve', '\ud83d\ude00', 'x\\"y'].forEach(function (s) {
  console.log('email', esc(s), emailUserPart.test(s), quotedEmailUser.test(s), emailUserUtf8Part.test(s), quotedEmailUserUtf8.test(s));
});
['2020-01-01', '2020-01-01T10:20:30Z', '2020-W53-7', '2020-366', '2020-13-01', '2020-01-01T10:20:30.5+05:30', '20200101T102030'].forEach(function (s) {
  var m = iso8601.exec(s);
  console.log('iso8601', esc(s), m ? m.length + ' ' + esc(m[1]) + ' ' + esc(m[12]) : 'null');
});
['123e4567-e89b-12d3-a456-426614174000', '123E4567-E89B-12D3-A456-426614174000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '123e4567-e89b-92d3-a456-426614174000'].forEach(function (s) {
  console.log('uuid', s, uuidAll.test(s));
});

// zod
var zodEmail = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var unicodeEmail = new RegExp('^[^\\s@"]{1,64}@[^\\s@]{1,255}$', 'u');
['a@b.co', 'first.last@sub.example.org', 'bad@', 'x..y@a.io'].forEach(function (s) { console.log('zod email', s, zodEmail.test(s), unicodeEmail.test(s)); });
console.log('zod ulid', ulid.test('01ARZ3NDEKTSV4RRFFQ69G5FAV'), ulid.test('01ARZ3NDEKTSV4RRFFQ69G5FAU!'));
['P3Y6M4DT12H30M5S', 'PT0.5S', 'P2W', 'P1W2D', 'P'].forEach(function (s) { var m = duration.exec(s); console.log('zod duration', s, m ? m.map(esc).join(',') : 'null'); });
['::1', '2001:db8::8a2e:370:7334', '1:2:3:4:5:6:7:8', '1::2::3', 'fe80::'].forEach(function (s) { console.log('zod ipv6', s, ipv6.test(s)); });
console.log('zod unicode email', unicodeEmail.test('\u00e9l\u00e8ve@\ud83d\ude00.example'), unicodeEmail.test('a b@c'));

// fast-uri (flags iu)
var URN_REG = new RegExp("^([\\da-z][\\d\\-a-z]{0,31}):((?:[\\w!$'()*+,\\-./:;=@]|%[\\da-f]{2})+)$", 'iu');
['urn:isbn:0451450523', 'URN:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66', 'urn:bad%zz', 'urn:x:%41%42'].forEach(function (s) { var m = URN_REG.exec(s); console.log('urn', s, m ? m.slice(1).join('|') : 'null'); });
