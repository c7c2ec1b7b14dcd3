// Own properties mujs keeps outside its property tree: an array's and a
// string's length, a regexp's lastIndex, string characters and array
// elements (handlebars resolves {{items.length}} only when
// hasOwnProperty says it is own); Object.keys/getOwnPropertyNames of a
// primitive (ES2015).
var hop = Object.prototype.hasOwnProperty;
var a = [{}, {}];
console.log(hop.call(a, 'length'), a.hasOwnProperty('length'), hop.call([], 'length'));
console.log(hop.call('abc', 'length'), hop.call('abc', '1'), hop.call('abc', '3'), hop.call(new String('ab'), 'length'));
console.log(hop.call(/x/g, 'lastIndex'), hop.call(/x/g, 'source'), hop.call({}, 'length'), hop.call(function (x) {}, 'length'));
console.log([1].propertyIsEnumerable('0'), [1].propertyIsEnumerable('1'), [1].propertyIsEnumerable('length'));
console.log(Object.prototype.propertyIsEnumerable.call('ab', '1'), Object.prototype.propertyIsEnumerable.call('ab', 'length'));
console.log(Object.keys('ab'), Object.getOwnPropertyNames('ab'), Object.getOwnPropertyNames([5, 6]), Object.keys(5));
try { Object.keys(null); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.getOwnPropertyNames(undefined); } catch (e) { console.log(e.name + ': ' + e.message); }
