// ES2015 default parameter values and destructuring in code built at run
// time (new Function, indirect eval reach mujs unlowered): ajv's
// validators take `function validate(data, {instancePath="", parentData,
// parentDataProperty, rootData=data}={})`.
function show(f) {
  try {
    console.log(JSON.stringify(typeof f === 'string' ? new Function(f)() : f()));
  } catch (e) {
    console.log(e.name === 'SyntaxError' ? e.name : e.name + (e instanceof TypeError ? '' : ': ' + e.message));
  }
}
var validate = new Function('return function validate(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}) {' +
  ' return [data, instancePath, parentData, parentDataProperty, rootData]; }')();
show(function () { return validate(1); });
show(function () { return validate(1, {}); });
show(function () { return validate(1, { instancePath: '/a', parentData: { x: 1 }, parentDataProperty: 'x', rootData: 9 }); });
show(function () { return validate(1, { instancePath: undefined, rootData: null }); });
show(function () { return validate(1, null); });
show(function () { return validate.name; });
var f = new Function('a = 1', 'b = a + 1', '[c, , d = "dd"] = []', 'return [a, b, c, d];');
show(function () { return f(); });
show(function () { return f(5, undefined, ['c', 'skip']); });
show(function () { return f(null, 0, 'xyz'); });
show('const {a, b: {c, d = 4}, e: [g, h = a]} = {a: 1, b: {c: 3}, e: [7]}; return [a, c, d, g, h];');
show('let [x, y] = [1, 2]; return [y, x];');
show('var {length} = "abc", {0: first, "1": second} = ["p", "q"]; return [length, first, second];');
show('const {a} = null;');
show('const {a} = {a: 1}; a = 2;');
show('var fs = []; for (let [i, j] = [0, 10]; i < 3; i++, j--) fs.push(function () { return i + j; }); return fs.map(function (f) { return f(); });');
show('function g({x, y} = {x: "dx"}, z = function () { return x; }) { return [x, y, z()]; } return [g(), g({y: 2}), g.length];');
show('return (function (a, b = arguments.length) { return [a, b]; })(1);');
show('var {a} ;');
show('let {a, b = a * 2, c = b + 1} = {a: 2}; return [a, b, c];');
show(function () { return (0, eval)('var {p, q = 2} = {p: 1}; [p, q]'); });
