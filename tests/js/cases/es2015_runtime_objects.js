// ES2015 object literal forms in code built at run time (new Function,
// indirect eval reach mujs unlowered): shorthand properties, as ajv's
// generated validators pass {instancePath, ...}; methods; computed keys.
var make = new Function('a', 'b', 'k',
  'var get = 1, set = 2;' +
  'return { a, b, get, set, [k]: a + b, ["x" + k]: 3, [1 + 1]: "two",' +
  '  m(x) { return this.a + x; }, get g() { return "getter"; }, "q": 4, 5: 5, [k + "f"]() { return k; } };');
var o = make(1, 2, 'key');
console.log(JSON.stringify(o));
console.log(Object.keys(o).join(','));
console.log(o.m(10), o.m.name, o.g, o.keyf());
var e = (0, eval)('(function (instancePath, rootData) { return {instancePath, schemaPath: "#/type", rootData}; })');
console.log(JSON.stringify(e('/a', 7)));
try { new Function('return {a b}'); } catch (err) { console.log(err.name); }
try { new Function('return {[a}'); } catch (err) { console.log(err.name); }
