// math: libm-heavy loops (sin, pow, sqrt, % which is fmod) and number
// formatting (toFixed, toPrecision, toExponential, String(x)), which go
// through the C library's printf.
var out = typeof console !== 'undefined' ? function (s) { console.log(s); } : print;

function work(n) {
	var acc = 0, len = 0;
	for (var i = 1; i <= n; i++) {
		var x = i * 0.001;
		acc += Math.sin(x) * Math.pow(x, 1.5) + Math.sqrt(i) + (i * 1.37) % 7.3;
		acc += Math.exp(-x) + Math.log(i) + Math.atan2(x, 1.1);
		if (i % 4 === 0) {
			len += x.toFixed(3).length + (acc / i).toPrecision(7).length;
			len += (i * 1e-7).toExponential(4).length + String(acc / 3).length;
		}
	}
	return Math.round(acc) % 1000003 + len;
}

var t0 = Date.now();
var check = work(150000);
var t1 = Date.now();
out('math ms=' + (t1 - t0) + ' check=' + check);
