// Vars and functions that eval code declares can be deleted, as in node
// (ES2015 18.2.1.2: eval's bindings are made deletable), where those of a
// script or a function cannot (patches/mujs/0233). Found by
// engine_variable_sites.js's first version: mujs made them all
// non-configurable, so `delete` answered false and the name stayed.
var d3 = 'module d3';
function evalVars() {
  eval('var d3 = 3, d4 = 4; function d5() { return 5; }');
  var read = function () {
    return [d3, typeof d4 === 'undefined' ? '-' : d4, typeof d5 === 'function' ? d5() : '-'].join(' ');
  };
  var out = [read()];
  out.push(eval('delete d4'), eval('delete d3'), eval('delete d5'));
  out.push(read());
  var own = 1;
  out.push(eval('delete own'), own); // a function's own var: not deletable
  return out;
}
console.log(evalVars());

// an indirect eval's var on the global object: enumerable, writable and
// configurable; deleted, it is gone
(0, eval)('var globalFromEval = 1');
var d = Object.getOwnPropertyDescriptor(globalThis, 'globalFromEval');
console.log(d.enumerable, d.configurable, d.writable, Object.keys(globalThis).indexOf('globalFromEval') >= 0);
console.log(delete globalThis.globalFromEval, typeof globalFromEval);

// strict eval code keeps its vars to itself
function strictEval() { 'use strict'; eval('var s = 1'); return typeof s; }
console.log(strictEval());

// a var eval declares again keeps the binding it found (and its value
// until assigned)
function again() {
  var kept = 'kept';
  eval('var kept');
  var r = [kept, eval('delete kept')];
  eval('var kept = "new"');
  r.push(kept);
  return r.join(' ');
}
console.log(again());
