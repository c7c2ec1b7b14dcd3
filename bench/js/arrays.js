// arrays: push, sort with a comparator, map, filter, reduce, slice.
var out = typeof console !== 'undefined' ? function (s) { console.log(s); } : print;

function work(rounds) {
	var check = 0, seed = 12345;
	function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; }
	for (var r = 0; r < rounds; r++) {
		var a = [];
		for (var i = 0; i < 1500; i++)
			a.push(rnd() % 100000);
		a.sort(function (x, y) { return x - y; });
		var b = a.map(function (v) { return v * 2 + 1; })
			.filter(function (v) { return v % 3 !== 0; });
		var sum = b.reduce(function (s, v) { return s + v; }, 0);
		var c = b.slice(10, 500).reverse().concat(a.slice(0, 50));
		check = (check + sum + c.length + a[750]) % 1000003;
	}
	return check;
}

var t0 = Date.now();
var check = work(80);
var t1 = Date.now();
out('arrays ms=' + (t1 - t0) + ' check=' + check);
