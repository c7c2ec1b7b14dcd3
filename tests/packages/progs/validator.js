// validator: string validators and sanitizers.
const validator = require('validator');
console.log(validator.isEmail('foo@bar.com'), validator.isEmail('foo@bar'), validator.isURL('https://example.com/a?b=1'));
console.log(validator.isIP('192.168.0.1'), validator.isIP('::1', 6), validator.isUUID('a3bb189e-8bf9-3888-9912-ace4e6543002'));
console.log(validator.isInt('42', { min: 0, max: 100 }), validator.isFloat('3.14'), validator.isHexColor('#fff'), validator.isJSON('{"a":1}'));
console.log(validator.escape('<a href="x">&</a>'), validator.trim('  x  '), validator.normalizeEmail('Foo.Bar+x@GMail.com'));
console.log(validator.isCreditCard('4111111111111111'), validator.isISO8601('2020-01-01T00:00:00Z'), validator.isAlpha('abc'), validator.isBase64('aGVsbG8='));
console.log(validator.toInt('12'), validator.toBoolean('true'), validator.isMobilePhone('+14155552671', 'en-US'), validator.isStrongPassword('Abcdef1!'));
// every locale's pattern (large Unicode classes, alternations) over a few inputs
const words = ['abc', 'ABC123', 'héllo', 'Привет', 'مرحبا', '你好', 'Ελληνικά', 'שלום', 'straße', '+14155552671', '+447911123456', '0612345678', '12345', 'SW1A 1AA', '75008', '100-0001', 'ﬁ'];
const bits = (f) => words.map((w) => (f(w) ? 1 : 0)).join('');
for (const l of validator.isAlphaLocales) console.log('alpha', l, bits((w) => validator.isAlpha(w, l)), bits((w) => validator.isAlphanumeric(w, l)));
for (const l of validator.isMobilePhoneLocales) console.log('phone', l, bits((w) => validator.isMobilePhone(w, l)));
for (const l of validator.isPostalCodeLocales) console.log('postal', l, bits((w) => validator.isPostalCode(w, l)));
console.log(bits(validator.isUppercase), bits(validator.isLowercase), bits(validator.isFullWidth), bits(validator.isMultibyte));
