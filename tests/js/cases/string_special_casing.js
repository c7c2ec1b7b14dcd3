// toUpperCase with Unicode's unconditional special casings (patch 0082):
// one character becomes several (ß -> SS, the ligatures, Greek with
// ypogegrammeni); toLowerCase of U+0130 is i and a combining dot.
// validator's isUppercase(s) is s === s.toUpperCase().
var words = ['straße', 'ﬁnance', 'ﬀ ﬂ ﬃ ﬄ ﬅ ﬆ', 'ŉ', 'ǰ', 'ΐ ΰ', 'ᾳ ᾼ ῳ ῼ ᾀ ᾈ', 'և', 'ẖẗẘẙẚ', 'ﬓﬔﬕﬖﬗ', 'abc ß xyz'];
words.forEach(function (w) {
  var u = w.toUpperCase();
  console.log(JSON.stringify(u), u.length, w.length, w.toLocaleUpperCase() === u, u.toLowerCase() === w);
});
console.log('ß' === 'ß'.toUpperCase(), 'ﬁ' === 'ﬁ'.toUpperCase(), 'SS' === 'SS'.toUpperCase());
var dot = 'İstanbul'.toLowerCase();
console.log(dot.length, dot.charCodeAt(0), dot.charCodeAt(1).toString(16), JSON.stringify(dot));
console.log('İ'.toLowerCase().toUpperCase().length, 'Ü ü À à'.toUpperCase(), 'ÄÖÜ'.toLowerCase());
// regular expressions keep to single characters: /ß/i does not match 'SS'
console.log(/ß/i.test('SS'), /ß/i.test('ß'), /ﬁ/i.test('FI'));
