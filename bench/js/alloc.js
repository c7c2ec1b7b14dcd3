// alloc: object allocation churn. Short-lived small objects, linked lists
// and property tables that grow, so the allocator and mujs's GC dominate.
var out = typeof console !== 'undefined' ? function (s) { console.log(s); } : print;

function work(rounds) {
	var check = 0;
	for (var r = 0; r < rounds; r++) {
		var head = null;
		for (var i = 0; i < 2000; i++)
			head = { value: i, name: 'n' + (i & 63), next: head };
		var sum = 0;
		for (var p = head; p; p = p.next)
			sum += p.value;
		var bag = {};
		for (var k = 0; k < 200; k++)
			bag['key' + k] = [k, k + 1, { k: k }];
		check = (check + sum + bag.key199[2].k) % 1000003;
	}
	return check;
}

var t0 = Date.now();
var check = work(120);
var t1 = Date.now();
out('alloc ms=' + (t1 - t0) + ' check=' + check);
