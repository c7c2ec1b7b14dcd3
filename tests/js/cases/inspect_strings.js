// String quoting and escapes inside objects.
console.log(['plain', "it's", 'say "hi"', 'both \' and "', 'all \' " `']);
console.log({ b: 'back\\slash', n: 'new\nline', s: 'tab\there' });
console.log(['\u0001\u001f\u007f', '\b\f\r\v', 'é ü ñ']);
console.log({ empty: '' });
console.log('top level strings are raw: \'quotes\' "too"');
console.log([String('x'), 'long string that is longer than sixteen chars']);
