// \p{...} with an unknown name is a SyntaxError with Node's message, in
// and outside classes; outside u mode \p is the letter p (Annex B); a
// SyntaxError names the pattern's flags; with u a lone } or ] is one
// (mujs 0110)
['\\p{Foo}', '[\\p{Foo}]', '\\P{Foo}', '[^\\P{Foo}x]', '\\p', '\\p{', '\\p{L', '\\p{}', '\\p{gc=Foo}',
  '\\p{gc=}', '\\p{=L}', '\\p{Script}', '\\p{General_Category}', '\\p{ascii}', '\\p{lu}', '\\p{Lu=Lu}',
  '\\p{Script=Lu}', '\\p{gc=Latin}', '\\p{sc=Katakana_Or_Hiragana}', '\\p{Block=Basic_Latin}',
  '\\p{L }', '\\p{ L}', '\\p{gc = L}', '[\\p{L', '\\p{L}}', '[\\p{L}]]', '}', ']', '{'
].forEach(function (p) {
  ['u', 'giu', 'muy'].forEach(function (f) {
    try {
      new RegExp(p, f);
      console.log('compiled', p, f);
    } catch (e) {
      console.log(e.name + ': ' + e.message);
    }
  });
});
console.log(new RegExp('a]}').test('a]}'), new RegExp('\\p{L}').test('p{L}'), new RegExp('\\P{Lu}+').exec('xP{Lu}}}')[0],
  new RegExp('[\\p{L}]').test('{'), new RegExp('\\p{L}', 'i').test('P{l}'));
