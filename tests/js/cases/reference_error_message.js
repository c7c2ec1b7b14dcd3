// ReferenceError messages in node's words: "x is not defined", for a read
// of an undeclared name and for a strict assignment to one.
try { nope; } catch (e) { console.log(e.name + ': ' + e.message); }
try { (function () { 'use strict'; undeclaredVar = 1; })(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Function('return missing + 1')(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { (function () { var a = 1; return function () { return a + alsoMissing; }; })()(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { with ({}) { inWith; } } catch (e) { console.log(e.name + ': ' + e.message); }
