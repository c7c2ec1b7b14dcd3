// A GETVAR or SETVAR site also remembers a name found past its first
// environment (patches/mujs/0235): a module's function reading a global,
// a closure reading its parent call's variable. Every way that answer can
// change must be seen: a name that comes to hide it in an environment
// looked past (eval's var), a with statement's object shared by two
// scopes, the holder's name deleted, a const further out, closures of
// different calls of one function, and new environments at the
// addresses of collected ones. Prints what node
// prints; it fails when a site keeps an answer that no longer holds.
// (Not strict: with and sloppy eval are needed.)
var seen = [];

// a name hidden later: eval declares it in an environment the site
// looked past after the site had found the global one
var hid = 'global';
function hider() {
  eval('');
  function inner() { return hid; }
  var r = [inner(), inner()];
  eval('var hid = "hider"');
  r.push(inner(), inner());
  return r.join(' ');
}
console.log('hidden by eval:', hider(), '/', hider());

// and in a function between the site's and the holder's
function middle() {
  eval('');
  return function () {
    function leaf() { return hid; }
    var r = [leaf(), leaf()];
    eval('var hid = "closure"');
    r.push(leaf());
    return r.join(' ');
  };
}
console.log('hidden one further:', middle()(), '/', middle()());

// a with statement's object shared by two scopes: its environment is
// not one scope's, so a name found past it is not remembered by it
var shared = Object.create(null);
function mk(v) {
  var y = v;
  with (shared) { return function () { return y; }; }
}
var fa = mk('a'), fb = mk('b');
console.log('shared with object:', fa(), fb(), fa(), fb(), fa());
shared.y = 'shared';
console.log('  with the name added to it:', fa(), fb());
delete shared.y;
console.log('  and deleted again:', fa(), fb());

// closures of different calls, each reading (and writing) its own
// parent call's variable from a call of its own that keeps locals of its
// own too (the parent's environment is the closure's, the site's own one
// is new at every call)
function outer(v) {
  var count = 0;
  return function mid(w) {
    var k = function () { return w; };
    count = count + 1;
    return v + k() + ':' + count;
  };
}
var m1 = outer('x'), m2 = outer('y'), m3 = outer('z');
for (var i = 0; i < 3; i++) seen.push(m1(i), m2(i), m3(i));
console.log('parent calls:', seen.join(' '));

// the holder is the global object: its name deleted, then made again
globalThis.gv = 'first';
function readGv() { try { return gv; } catch (e) { return e.name; } }
function nested() { return (function () { return readGv(); })(); }
var out = [nested(), nested()];
delete globalThis.gv;
out.push(nested());
globalThis.gv = 'again';
out.push(nested(), nested());
console.log('global deleted:', out.join(' '));

// writes through a remembered site reach the holder
var counter = 0;
function bump() { counter = counter + 1; }
function bumper() { return function () { bump(); counter += 10; }; }
var b1 = bumper();
for (i = 0; i < 4; i++) b1();
console.log('writes:', counter);

// a const further out: a write throws each time
function constOuter() {
  const c = 1;
  var f = function () { try { c = 2; return 'wrote'; } catch (e) { return e.name; } };
  return [f(), f(), f(), c].join(' ');
}
console.log('const further out:', constOuter(), '/', constOuter());
// many calls of one function whose closures read its variables, the
// earlier ones dropped: the collector frees their environments, whose
// addresses new ones take
var total = 0;
for (i = 0; i < 3000; i++) {
  var f = outer(String(i % 7));
  var junk = [{ a: i }, { b: i }, [i, i]];
  var s = f(i) + f(i);
  total += s.length + junk.length;
}
console.log('collected scopes:', total);

// a catch clause's scope: its name, then the function's, then a global
var caught = 'global caught';
function catcher(v) {
  var local = v;
  try { throw 'thrown ' + v; } catch (caught) {
    return [caught, local, (function () { return caught + '/' + local; })()].join(' | ');
  }
}
console.log('catch:', catcher(1), '#', catcher(2), '#', caught);

// a call's environment made from its function's template (0231, 0236:
// in one block with the object), its own variables read by index; the
// function itself dropped (an eval'd function, its script gone) while
// closures of its calls live on, through collections
var makers = [];
for (i = 0; i < 3; i++) makers.push(eval('(function mk(v) { var x = v, y = v + 1; ' +
  'return function (d) { x = x + d; return x + "/" + y; }; })'));
var kept = [];
for (i = 0; i < 3; i++) for (var j = 0; j < 4; j++) kept.push(makers[i](i * 10 + j));
makers = null;
var churn = 0;
for (i = 0; i < 20000; i++) churn += [{ i: i }, 'x' + i].length;
var reads = [];
for (i = 0; i < kept.length; i++) reads.push(kept[i](1), kept[i](2));
console.log('template gone:', churn, reads.join(' '));

// a request object whose fields were copied from a template (0222,
// native.ownFields) used as a with statement's object: it is not a
// call's environment, whose names never change; its own names and its
// prototypes' are asked at every read
var http = require('http');
var zz = 'global zz';
var msg = new http.IncomingMessage(new (require('net').Socket)());
function withReader(o) { with (o) { return function () { return zz + ',' + typeof setTimeout; }; } }
var wr = withReader(msg);
var wout = [wr(), wr()];
msg.zz = 'own zz';
wout.push(wr(), wr());
http.IncomingMessage.prototype.setTimeout = 42;
delete msg.zz;
wout.push(wr(), wr());
delete http.IncomingMessage.prototype.setTimeout;
console.log('with over a copied request:', wout.join(' | '));
