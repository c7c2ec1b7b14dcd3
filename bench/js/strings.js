// strings: building, joining, splitting and searching strings.
var out = typeof console !== 'undefined' ? function (s) { console.log(s); } : print;

function work(rounds) {
	var check = 0;
	for (var r = 0; r < rounds; r++) {
		var s = '';
		for (var i = 0; i < 400; i++)
			s += 'item' + i + ',';
		var parts = s.split(',');
		var joined = parts.join(';').toUpperCase();
		var n = 0, at = 0;
		while ((at = joined.indexOf('ITEM1', at)) >= 0) { n++; at += 5; }
		var words = 'the quick brown fox jumps over the lazy dog'.split(' ');
		var line = [];
		for (var j = 0; j < 100; j++)
			line.push(words[j % words.length].charAt(0).toUpperCase() + words[j % words.length].slice(1));
		var t = line.join(' ').replace(/o/g, '0');
		check = (check + parts.length + n + t.length + joined.charCodeAt(r % joined.length)) % 1000003;
	}
	return check;
}

var t0 = Date.now();
var check = work(250);
var t1 = Date.now();
out('strings ms=' + (t1 - t0) + ' check=' + check);
