// known: shift, unshift and splice the generic way (an array with holes, a
// frozen one, one an argument's valueOf shortens) differ from node:
// a hole moved by unshift/splice becomes an element (Object.keys lists
// it), a frozen array's shift does not throw, and a splice whose start's
// valueOf shortens the array leaves a length without elements
function show(a) { return a.length + ':' + JSON.stringify(a.slice(0, 12)); }
var out = [];
var holes = [1, , 3, , 5];
holes.shift(); holes.unshift(0); holes.splice(1, 1, 'y');
out.push(show(holes) + ' ' + (1 in holes) + ' ' + Object.keys(holes).join(','));
var frozen = Object.freeze([1, 2, 3]);
try { frozen.shift(); out.push('no throw'); } catch (e) { out.push(e.constructor.name + ' ' + show(frozen)); }
var changing = [1, 2, 3, 4, 5];
var removed = changing.splice({ valueOf: function () { changing.length = 2; return 0; } }, 2);
out.push(show(changing) + ' ' + show(removed));
out.forEach(function (l) { console.log(l); });
