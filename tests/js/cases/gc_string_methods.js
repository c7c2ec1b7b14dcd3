// mem: 8M
// A method called on a string made the string into a String object, and
// mujs interned that object's string: every string a method was ever
// called on stayed in the heap until the end (a server calls methods on
// each request's strings). Here 2,000 strings of 16 KB (32 MB in all) get
// a method call each in a 8 MB guest: an image without
// patches/mujs/0121-string-objects-not-interned.patch runs out of memory.
var base = new Array(16 * 1024 + 1).join('y');
var found = 0, upper = 0;
for (var i = 0; i < 2000; i++) {
	var s = base + i;
	if (s.indexOf('y' + i) >= 0) found++;
	if (i % 500 === 0) upper += s.slice(-8).toUpperCase().length;
}
console.log(found, upper);
// String objects made from strings of every kind still read back
var objs = [new String('short'), new String(base.slice(0, 40) + 'z'), Object('lit'), Object(base + 'end')];
console.log(objs.map(function (o) { return [typeof o, o.length, o.valueOf().slice(-3), String(o).charAt(0), o + '' === o.toString()].join(':'); }).join(' '));
console.log(JSON.stringify({ a: new String('x\n') }), Object.keys(new String('abc')).join(','), new String('ab')[1]);
