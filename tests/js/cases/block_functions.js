// Function declarations in blocks (Annex B.3.3): no warning, callable
// before their statement inside the block, visible after it (sloppy mode).
var src = 'var out = [];\n{\n  out.push(typeof f, f());\n  function f() { return "f"; }\n}\nout.push(typeof f);\n' +
  'if (true) { out.push(g()); function g() { return "g"; } }\n' +
  'switch (1) { case 1: out.push(h()); function h() { return "h"; } }\n' +
  'try { out.push(k()); function k() { return "k"; } } finally {}\n' +
  'return out;';
console.log(new Function(src)().join(' '));
{
  console.log(inBlock());
  function inBlock() { return 'in block'; }
}
console.log(typeof inBlock);
