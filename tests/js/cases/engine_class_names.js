// The names an array, a string, a regular expression and a typed array
// read themselves (length; source, global, ignoreCase, multiline,
// lastIndex, flags, sticky, unicode, dotAll), read beside names that
// share their first letter, their length, or both (patches/mujs/0246
// compares the first letter before the rest). Prints what node prints.
// (new RegExp: the bundler lowers a literal's s and u flags)
var re = new RegExp('a.b', 'gimsuy');
re.lastIndex = 3;
re.size = 'own s'; re.gloves = 'own g'; re.lastIndeX = 'own l';
re.fast_slash = true; re.dotall = 'own d'; re.uni = 'own u';
var reNames = ['source', 'global', 'ignoreCase', 'multiline', 'lastIndex', 'flags', 'sticky', 'unicode', 'dotAll',
  'size', 'gloves', 'lastIndeX', 'fast_slash', 'dotall', 'uni', 'sourcE', 's', 'exec', 'test', 'missing'];
console.log('regexp:', reNames.map(function (n) { var v = re[n]; return n + '=' + (typeof v === 'function' ? 'fn' : String(v)); }).join(' '));
var plain = /x/;
console.log('plain regexp:', [plain.global, plain.sticky, plain.unicode, plain.dotAll, plain.flags === '', plain.lastIndex].join(' '));

var arr = [1, 2, 3];
arr.lengtH = 'own'; arr.len = 'own len'; arr.last = 'own last';
console.log('array:', ['length', 'lengtH', 'len', 'last', 'lastIndexOf', 'join'].map(function (n) {
  var v = arr[n]; return n + '=' + (typeof v === 'function' ? 'fn' : String(v));
}).join(' '));
var str = 'hello';
console.log('string:', ['length', 'lastIndexOf', 'localeCompare', 'l'].map(function (n) {
  var v = str[n]; return n + '=' + (typeof v === 'function' ? 'fn' : String(v));
}).join(' '));
var so = new String('abc');
so.lengthy = 1;
console.log('String object:', so.length, so.lengthy, so.lenient);
var ta = new Uint8Array(4);
console.log('typed:', ta.length, ta.lastIndexOf(0), typeof ta.lengthX);
// the same names with 'in' and through a prototype
console.log('in:', 'lastIndex' in re, 'lastIndeX' in re, 'length' in arr, 'lengthX' in arr, 'dotAll' in re);
var sub = Object.create(re);
console.log('inherited:', typeof sub.exec, sub.fast_slash);
