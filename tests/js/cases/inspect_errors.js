// compare: strip-stack
// Errors print as their stack; the frames differ from Node's, the rest not.
var e = new Error('boom');
console.log(e);
console.log(new TypeError('bad type'));
console.log(new RangeError('out of range'));
console.log({ err: new Error('inner') });
var c = new Error('with code'); c.code = 'E_CODE';
console.log(c);
console.log(String(new Error('str')));
console.log(e.message, e.name, typeof e.stack);
console.log(e.stack.split('\n')[0]);
try { null.x; } catch (err) { console.log(err instanceof TypeError, err.name); }
try { undefinedVariable; } catch (err) { console.log(err.name); }
var noStack = new Error('nostack'); noStack.stack = undefined;
console.log(noStack);
