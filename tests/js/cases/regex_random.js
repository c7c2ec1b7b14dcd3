// Randomized regular expressions, compared with Node: a fixed-seed
// generator builds patterns from ES's syntax (classes, groups, quantifiers,
// back-references, assertions, lookaround) and small subjects, and prints
// what exec, match, replace and split give for each.
var seed = 12345;
function rnd(n) { seed = (seed * 16807) % 2147483647; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
var groups = 0;
function atom(d) {
  var r = rnd(d > 2 ? 10 : 16);
  if (r < 3) return pick(['a', 'b', 'c', 'A', '1', ' ', '-']);
  if (r < 5) return pick(['.', '[ab]', '[^a]', '\\d', '\\w', '\\s', '\\W', '[a-c1]', '[^]', '[-a]', '\\x61']);
  if (r === 5) return pick(['\\b', '\\B', '^', '$']);
  if (r < 8) return pick(['a', 'b', 'ab', 'ba']);
  if (r < 10 && groups > 0) return '\\' + (1 + rnd(groups));
  if (r < 10) return 'a';
  if (r < 13) { groups++; return '(' + alt(d + 1) + ')'; }
  if (r === 13) return '(?:' + alt(d + 1) + ')';
  if (r === 14) return pick(['(?=', '(?!']) + alt(d + 1) + ')';
  return pick(['(?<=', '(?<!']) + alt(d + 1) + ')';
}
function quant(d) {
  var a = atom(d);
  if (/^(\\b|\\B|\^|\$|\(\?[=!<])/.test(a)) return a;
  var r = rnd(12);
  var q = r < 6 ? '' : pick(['*', '+', '?', '{0,2}', '{1,}', '{2}', '{1,3}']);
  if (q && rnd(4) === 0) q += '?';
  return a + q;
}
function seq(d) { var n = 1 + rnd(3), s = ''; while (n--) s += quant(d); return s; }
function alt(d) { var s = seq(d); if (rnd(5) === 0) s += '|' + seq(d); return s; }
function subject() { var n = rnd(9), s = ''; while (n--) s += pick(['a', 'b', 'c', 'A', '1', ' ', '-', '\n', 'ab', '\u00e9', '\0']); return s; }
function show(v) { return JSON.stringify(v); }
var lines = 0;
for (var i = 0; i < 600; i++) {
  groups = 0;
  var src = alt(0);
  var flags = pick(['', '', 'i', 'm', 'g', 'gi', 'y', 'gy', 's', 'u', 'gu']);
  var re;
  try { re = new RegExp(src, flags); } catch (e) { console.log(i, src, 'compile', e.name); continue; }
  for (var j = 0; j < 4; j++) {
    var s = subject();
    re.lastIndex = 0;
    var m = re.exec(s);
    var out = [i, '/' + src + '/' + flags, show(s), show(m), m && m.index, re.lastIndex];
    if (flags.indexOf('g') >= 0) {
      out.push(show(s.match(re)));
      out.push(show(s.replace(re, function () { return '<' + [].slice.call(arguments, 0, -2).join(',') + '>'; })));
      out.push(show(s.replace(re, '[$1|$&]')));
    }
    out.push(show(s.split(re)));
    console.log(out.join(' '));
    lines++;
  }
}
console.log(lines, 'cases');
