// bind on a function whose prototype is not an object (patch 0081), as
// core-js's methods are (it sets their prototype to undefined) and Babel's
// _extends helper does with Object.assign.bind() (marked at load).
function f(a, b) { return [this === globalThis ? 'global' : typeof this, a, b].join(); }
f.prototype = undefined;
var b = f.bind(undefined, 1);
console.log(typeof b, b(2), b.name, b.length);
function g(a) { return this.x + a; }
g.prototype = null;
console.log(g.bind({ x: 40 })(2));
var assign = function (t, s) { for (var k in s) t[k] = s[k]; return t; };
assign.prototype = undefined;
var extend = assign.bind();
console.log(JSON.stringify(extend({ a: 1 }, { b: 2 })));
