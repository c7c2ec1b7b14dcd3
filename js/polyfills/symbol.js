// Node's String(symbol), over core-js's Symbol. Packed (as
// /unijs/polyfills/symbol.js) right after core-js's es.symbol into images
// whose code names Symbol; see scripts/lower.js.
//
// core-js's Symbol (mujs has none) is an object whose toString() gives a
// unique property key, "Symbol(desc)_<random>": that is how o[sym] = v
// works in ES5, where a property key is always a string (the key is then a
// non-enumerable own property that core-js's Object.keys, for-in,
// getOwnPropertyNames and JSON.stringify leave out). But String(sym), which
// Node answers with "Symbol(desc)", goes through the same toString(), and
// ES5 cannot tell the two apart. So the global String becomes a function
// that answers "Symbol(desc)" for a symbol and is the native String for
// everything else: same prototype (whose constructor it becomes, so that
// ''.constructor === String still holds), same statics, `new String(x)`
// still makes a String object. sym.toString() keeps the internal key (see
// docs/modules.md). util.inspect and util.format print symbols and
// symbol-keyed properties as Node does (js/lib/util.js).
'use strict';
var global = Function('return this')();
var NativeString = global.String;
var $Symbol = global.Symbol;

function symbolString(sym) {
  var d = sym.description;
  return 'Symbol(' + (d === undefined ? '' : d) + ')';
}

if (typeof $Symbol === 'function') {
  var isSymbol = function (v) {
    return typeof v === 'object' && v !== null && v instanceof $Symbol;
  };
  var StringWrapper = function String(value) {
    if (this instanceof StringWrapper) {
      if (arguments.length && isSymbol(value)) throw new TypeError('Cannot convert a Symbol value to a string');
      return new NativeString(arguments.length ? value : '');
    }
    if (!arguments.length) return '';
    return isSymbol(value) ? symbolString(value) : NativeString(value);
  };
  var names = Object.getOwnPropertyNames(NativeString);
  for (var i = 0; i < names.length; i++) {
    var k = names[i];
    if (k === 'length' || k === 'name' || k === 'prototype' || k === 'arguments' || k === 'caller') continue;
    Object.defineProperty(StringWrapper, k, Object.getOwnPropertyDescriptor(NativeString, k));
  }
  StringWrapper.prototype = NativeString.prototype;
  Object.defineProperty(StringWrapper, 'prototype', { writable: false, enumerable: false, configurable: false });
  Object.defineProperty(NativeString.prototype, 'constructor', {
    value: StringWrapper, writable: true, enumerable: false, configurable: true
  });
  Object.defineProperty(global, 'String', {
    value: StringWrapper, writable: true, enumerable: false, configurable: true
  });

  // core-js describes its well-known symbols by their bare names
  // ('iterator'); Node by 'Symbol.iterator'.
  var descDesc = Object.getOwnPropertyDescriptor($Symbol.prototype, 'description');
  if (descDesc && descDesc.get && descDesc.configurable) {
    var getDescription = descDesc.get;
    var wellKnown = /^(asyncIterator|hasInstance|isConcatSpreadable|iterator|match|matchAll|replace|search|species|split|toPrimitive|toStringTag|unscopables|dispose|asyncDispose)$/;
    Object.defineProperty($Symbol.prototype, 'description', {
      configurable: true,
      enumerable: descDesc.enumerable,
      get: function description() {
        var d = getDescription.call(this);
        return typeof d === 'string' && wellKnown.test(d) && $Symbol[d] === this ? 'Symbol.' + d : d;
      }
    });
  }

  // The engine has no symbols: it keys @@iterator "@@iterator" and
  // @@toStringTag "@@toStringTag" (patches/mujs/0057: Object.prototype.
  // toString reads it), on typed arrays (patches/mujs/0060,
  // js/binding_buffer.c: safe-stable-stringify's typed-array test reads the
  // getter) and process ("[object process]": axios). core-js's
  // Symbol.iterator and Symbol.toStringTag are other keys, made at run
  // time: the same properties go under them here.
  var alias = function (obj, name) {
    var d = Object.getOwnPropertyDescriptor(obj, '@@' + name);
    var key = $Symbol[name];
    if (d && key && !Object.prototype.hasOwnProperty.call(obj, key)) Object.defineProperty(obj, key, d);
  };
  if (typeof Uint8Array === 'function') {
    var TAProto = Object.getPrototypeOf(Uint8Array.prototype);
    alias(TAProto, 'iterator');
    alias(TAProto, 'toStringTag');
  }
  if (typeof process === 'object' && process) alias(process, 'toStringTag');
  // the engine's Map, Set, WeakMap, WeakSet and their iterators (0217)
  [typeof Map === 'function' && Map.prototype, typeof Set === 'function' && Set.prototype,
    typeof Map === 'function' && Object.getPrototypeOf(new Map().keys()),
    typeof Set === 'function' && Object.getPrototypeOf(new Set().values()),
    typeof WeakMap === 'function' && WeakMap.prototype, typeof WeakSet === 'function' && WeakSet.prototype
  ].forEach(function (p) {
    if (p) { alias(p, 'iterator'); alias(p, 'toStringTag'); }
  });
  // ... and the other way: a [Symbol.toStringTag] the program defines
  // (class AxiosHeaders { get [Symbol.toStringTag]() {...} }) reaches the
  // engine's Object.prototype.toString through an inherited "@@toStringTag".
  var tagKey = $Symbol.toStringTag;
  if (tagKey && !Object.prototype.hasOwnProperty.call(Object.prototype, '@@toStringTag')) {
    Object.defineProperty(Object.prototype, '@@toStringTag', {
      configurable: true,
      enumerable: false,
      get: function () { return this[tagKey]; }
    });
  }
}
