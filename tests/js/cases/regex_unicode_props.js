// Unicode property escapes \p{...} / \P{...} in u-flag patterns built at
// run time (patches/mujs/0110-regexp-unicode-properties.patch): for each
// property, the number of code points it matches (see chunks below).
// unijs's tables are Unicode 15.0 (Debian's unicode-data), Node 20's are
// newer (17.0 with ICU 78): NEW are the code points assigned since, left
// out; the properties listed are those whose other members did not change
// (docs/js-differences.md lists the ones that did).
var NEW = ["88f-88f","897-897","c5c-c5c","cdc-cdc","1acf-1add","1ae0-1aeb","1b4e-1b4f","1b7f-1b7f","1c89-1c8a","20c1-20c1","2427-2429","2b96-2b96","2ffc-2fff","31e4-31e5","31ef-31ef","a7cb-a7cf","a7d2-a7d2","a7d4-a7d4","a7da-a7dc","a7f1-a7f1","fbc3-fbd2","fd90-fd91","fdc8-fdce","105c0-105f3","10940-10959","10d40-10d65","10d69-10d85","10d8e-10d8f","10ec2-10ec7","10ed0-10ed8","10efa-10efc","11380-11389","1138b-1138b","1138e-1138e","11390-113b5","113b7-113c0","113c2-113c2","113c5-113c5","113c7-113ca","113cc-113d5","113d7-113d8","113e1-113e2","116d0-116e3","11b60-11b67","11bc0-11be1","11bf0-11bf9","11db0-11ddb","11de0-11de9","11f5a-11f5a","13460-143fa","16100-16139","16d40-16d79","16ea0-16eb8","16ebb-16ed3","16ff2-16ff6","187f8-187ff","18cff-18cff","18d09-18d1e","18d80-18df2","1cc00-1ccfc","1cd00-1ceb3","1ceba-1ced0","1cee0-1cef0","1e5d0-1e5fa","1e5ff-1e5ff","1e6c0-1e6de","1e6e0-1e6f5","1e6fe-1e6ff","1f6d8-1f6d8","1f777-1f77a","1f8b2-1f8bb","1f8c0-1f8c1","1f8d0-1f8d8","1fa54-1fa57","1fa89-1fa8a","1fa8e-1fa8f","1fabe-1fabe","1fac6-1fac6","1fac8-1fac8","1facd-1facd","1fadc-1fadc","1fadf-1fadf","1fae9-1faea","1faef-1faef","1fbcb-1fbef","1fbfa-1fbfa","2b73a-2b73f","2cea2-2cead","2ebf0-2ee5d","323b0-33479"].map(function (r) { return r.split('-').map(function (x) { return parseInt(x, 16); }); });
var skip = new Array(0x110);
NEW.forEach(function (r) { for (var c = r[0]; c <= r[1]; c++) { var k = c >> 12; (skip[k] = skip[k] || {})[c] = 1; } });
// the code points in strings of 4096 (surrogates left out: a lone one is
// no code point in a u pattern): all of planes 0-3 and 14 (80 strings),
// and of the others (unassigned, private use) every 61st code point and
// each plane's last four (its noncharacters), which fit the 32 MB guest
// (built and counted with little garbage per allocation: mujs collects
// after so many allocations, not bytes)
var chunks = [];
function add(list) {
  var a = [], pieces = [];
  list.forEach(function (c) {
    if (c < 0x10000) a.push(c); else a.push(0xD800 + ((c - 0x10000) >> 10), 0xDC00 + ((c - 0x10000) & 0x3FF));
    if (a.length >= 256) { pieces.push(String.fromCharCode.apply(null, a)); a = []; }
  });
  pieces.push(String.fromCharCode.apply(null, a));
  chunks.push(pieces.join(''));
}
for (var base = 0; base < 0x110000; base += 0x1000) {
  var plane = base >> 16;
  if (plane >= 4 && plane !== 14) continue;
  var list = [], sk = skip[base >> 12] || {};
  for (var c = base; c < base + 0x1000; c++) if (!(c >= 0xD800 && c <= 0xDFFF) && !sk[c]) list.push(c);
  add(list);
}
for (var plane = 4; plane <= 16; plane++) {
  if (plane === 14) continue;
  var list = [];
  for (var c = plane << 16; c < (plane + 1) << 16; c += 61) list.push(c);
  list.push((plane << 16) + 0xFFFC, (plane << 16) + 0xFFFD, (plane << 16) + 0xFFFE, (plane << 16) + 0xFFFF);
  add(list);
}
// code units matched by the pattern (a whole one: it is put in a
// lookahead) over the chunks from..to-1: sticky test() calls, which
// allocate nothing (exec's result would copy the chunk each time)
function count(src, flags, from, to) {
  var f = (flags || 'u') + 'y', n = 0;
  var re = new RegExp(src, f), skip = new RegExp('[^]*?(?=' + src + ')', f);
  for (var i = from || 0; i < (to || chunks.length); i++) {
    var s = chunks[i], at = 0;
    for (;;) {
      skip.lastIndex = at;
      if (!skip.test(s)) break;
      re.lastIndex = skip.lastIndex;
      if (!re.test(s)) throw new Error('no match after the skip: ' + src);
      n += re.lastIndex - skip.lastIndex;
      at = re.lastIndex;
    }
  }
  return n;
}
var ALL = [
  // General_Category
  'Cc', 'Cf', 'Cn', 'Co', 'Cs', 'Lm', 'Lt', 'Lu', 'Me', 'Nd', 'Nl', 'No', 'Pc', 'Pd', 'Pe', 'Pf', 'Pi', 'Po',
  'Ps', 'Sc', 'Sk', 'Sm', 'So', 'Zl', 'Zp', 'Zs', 'L', 'M', 'N', 'P', 'S', 'Z', 'C',
  // binary properties
  'ASCII', 'ASCII_Hex_Digit', 'Any', 'Assigned', 'Bidi_Control', 'Changes_When_Casefolded',
  'Changes_When_Lowercased', 'Changes_When_NFKC_Casefolded', 'Dash', 'Default_Ignorable_Code_Point',
  'Deprecated', 'Emoji', 'Emoji_Component', 'Emoji_Modifier', 'Emoji_Modifier_Base', 'Emoji_Presentation',
  'Hex_Digit', 'IDS_Binary_Operator', 'IDS_Trinary_Operator', 'ID_Start', 'Ideographic', 'Join_Control',
  'Logical_Order_Exception', 'Math', 'Noncharacter_Code_Point', 'Pattern_Syntax', 'Pattern_White_Space',
  'Quotation_Mark', 'Radical', 'Regional_Indicator', 'Soft_Dotted', 'Unified_Ideograph', 'Uppercase',
  'Variation_Selector', 'White_Space', 'XID_Start',
  // Script, Script_Extensions
  'Script=Latin', 'sc=Grek', 'Script=Cyrillic', 'sc=Arab', 'Script=Han', 'sc=Hira', 'Script=Katakana',
  'sc=Hang', 'Script=Devanagari', 'sc=Zyyy', 'Script=Inherited', 'sc=Zzzz', 'Script=Ethiopic', 'sc=Adlm',
  'Script=Egyptian_Hieroglyphs', 'Script_Extensions=Hiragana', 'scx=Hang', 'scx=Yi', 'scx=Thaana', 'scx=Khmer'
];
ALL.forEach(function (p) { console.log(p, count('\\p{' + p + '}+')); });
// the complement, in and out of classes, negated classes, unions (the
// Basic Multilingual Plane and the SMP: chunks 0..31)
console.log('P{L}', count('\\P{L}+', 'u', 0, 32), count('[^\\p{L}]+', 'u', 0, 32), count('[\\P{L}]+', 'u', 0, 32),
  count('[^\\P{L}]+', 'u', 0, 32), count('\\p{L}+', 'u', 0, 32));
console.log('union', count('[\\p{Lu}\\p{Nd}_-]+', 'u', 0, 32), count('[^\\p{Lu}\\p{Nd}]+', 'u', 0, 32),
  count('[\\P{Assigned}\\p{Cs}]+', 'u', 0, 32));
// aliases: the long names, gc= and General_Category= spellings
['Letter', 'gc=L', 'General_Category=Letter', 'Uppercase_Letter', 'gc=Lu', 'Decimal_Number', 'digit',
  'Punctuation', 'punct', 'Combining_Mark', 'Mark', 'Control', 'cntrl', 'Unassigned', 'Separator',
  'Dep', 'AHex', 'space', 'WSpace', 'EBase', 'EPres', 'IDS', 'Upper', 'NChar', 'sc=Latn',
  'Script=Latn', 'Script=Greek', 'scx=Hira'
].forEach(function (p) { console.log(p, count('\\p{' + p + '}+', 'u', 0, 32)); });
// case-insensitive (u: simple case folding): the class and its case
// variants, over U+1000..U+1FFF (Georgian, Cherokee, Greek Extended) and
// scripts over U+0000..U+0FFF (elsewhere pairs newer than mujs's case
// tables, or than Unicode 15.0, differ: docs/js-differences.md)
['Lu', 'Ll', 'Lt', 'L', 'Uppercase', 'Lowercase', 'Script=Greek', 'Script=Cherokee'].forEach(function (p) {
  console.log('i', p, count('\\p{' + p + '}+', 'iu', 1, 2), count('\\P{' + p + '}+', 'iu', 1, 2),
    count('[^\\p{' + p + '}]+', 'iu', 1, 2));
});
['Script=Greek', 'Script=Cyrillic', 'Script=Armenian', 'sc=Latn'].forEach(function (p) {
  console.log('i', p, count('\\p{' + p + '}+', 'iu', 0, 1), count('\\P{' + p + '}+', 'iu', 0, 1),
    count('[^\\p{' + p + '}]+', 'iu', 0, 1));
});
// astral case pairs: Deseret, Osage, Old Hungarian (U+10000..U+10FFF, the
// 17th string), Adlam (U+1E000..U+1EFFF, the 31st); not Vithkuqi (Unicode
// 14, newer than mujs's case tables)
['sc=Dsrt', 'sc=Osge', 'sc=Hung'].forEach(function (p) {
  console.log('i', p, count('\\p{' + p + '}+', 'iu', 16, 17), count('[^\\p{' + p + '}]+', 'iu', 16, 17));
});
['Ll', 'Lu', 'sc=Adlm'].forEach(function (p) {
  console.log('i', p, count('\\p{' + p + '}+', 'iu', 30, 31), count('[^\\p{' + p + '}]+', 'iu', 30, 31));
});
console.log('i', count('[\\p{Ll}]', 'iu', 1, 2) - count('[\\p{Ll}]', 'u', 1, 2), new RegExp('^\\p{Lu}+$', 'iu').test('\u017f\u212a'),
  new RegExp('[^\\p{Ll}]', 'iu').test('A'), new RegExp('\\P{Ll}', 'iu').test('a'));
// and as the tests of real code do
console.log(/^\p{Lu}/u.test('Ölfeld'), new RegExp('^[\\p{L}\\p{N}]+$', 'u').test('naïve123'),
  'Grüße, 世界! 123'.match(new RegExp('\\p{L}+', 'gu')), 'a😀b🎉'.replace(new RegExp('\\p{Extended_Pictographic}', 'gu'), '*'),
  new RegExp('\\p{sc=Han}+', 'u').exec('abc漢字def')[0], new RegExp('\\P{ASCII}', 'u').test('plain'));
