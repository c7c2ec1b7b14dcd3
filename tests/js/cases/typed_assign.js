// A typed array's length cannot be assigned; element stores convert through valueOf and the assignment's value is the one assigned.
var u = new Uint8Array(2);
u.length = 5;
console.log(u.length, Object.keys(u));
(function () { 'use strict'; try { u.length = 3; } catch (e) { console.log(e.name); } })();
var o = { valueOf: function () { u[1] = 9; return 4; } };
u[0] = o;
console.log(u[0], u[1], (u[1] = 300), u[1]);
