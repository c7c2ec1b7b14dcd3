// regex: replace, split, test, match and exec loops over text, as
// template, validation and parsing code does them.
var out = typeof console !== 'undefined' ? function (s) { console.log(s); } : print;

function work(rounds) {
	var text = '';
	for (var i = 0; i < 200; i++)
		text += 'The quick brown fox ' + i + ' jumps over the lazy dog, email me at user' + i + '@example.com. ';
	var email = /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/i, num = /(\d+) jumps/g, m;
	var check = 0;
	for (var r = 0; r < rounds; r++) {
		check += text.replace(/o/g, '0').length;
		check += text.split(/[ ,.]+/).length;
		for (var k = 0; k < 200; k++)
			if (email.test('user' + k + '@example.com')) check++;
		check += text.match(/\b\w+@\w+\.com\b/g).length;
		num.lastIndex = 0;
		while ((m = num.exec(text))) check += m[1].length;
		check += text.replace(/quick|lazy|brown/g, function (w) { return w.toUpperCase(); }).length;
		check %= 1000003;
	}
	return check;
}

var t0 = Date.now();
var check = work(40);
var t1 = Date.now();
out('regex ms=' + (t1 - t0) + ' check=' + check);
