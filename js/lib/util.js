// util: format and inspect, written to print plain data exactly as Node's
// util.inspect does (compact 3, breakLength 80, depth 2), plus the small
// helpers ES5 code still calls (inherits, isArray, deprecate, ...).
'use strict';
var errors = require('internal_errors');
var received = errors.received;

var hasOwn = Object.prototype.hasOwnProperty;
var objToString = Object.prototype.toString;

var defaults = {
  depth: 2,
  breakLength: 80,
  compact: 3,
  maxArrayLength: 100,
  maxStringLength: 10000,
  showHidden: false,
  sorted: false,
  getters: false,
  colors: false,
  customInspect: true
};

// util.inspect.colors and styles, as Node's: [open, close] SGR codes.
var colors = {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], blink: [5, 25],
  inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29], doubleunderline: [21, 24],
  black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39],
  magenta: [35, 39], cyan: [36, 39], white: [37, 39], bgBlack: [40, 49], bgRed: [41, 49],
  bgGreen: [42, 49], bgYellow: [43, 49], bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49],
  bgWhite: [47, 49], framed: [51, 54], overlined: [53, 55], gray: [90, 39], grey: [90, 39],
  redBright: [91, 39], greenBright: [92, 39], yellowBright: [93, 39], blueBright: [94, 39],
  magentaBright: [95, 39], cyanBright: [96, 39], whiteBright: [97, 39]
};
var styles = {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey',
  null: 'bold', string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline'
};

function stylizeWithColor(str, styleType) {
  var style = styles[styleType];
  if (style !== undefined) {
    var color = colors[style];
    if (color !== undefined) return '\u001b[' + color[0] + 'm' + str + '\u001b[' + color[1] + 'm';
  }
  return str;
}
function stylizeNoColor(str) { return str; }

// visible width: without colour escapes
function visibleLength(ctx, str) {
  return ctx.colors ? str.replace(/\u001b\[\d\d?m/g, '').length : str.length;
}

var builtInCtors = {
  Object: 1, Function: 1, Array: 1, Number: 1, Boolean: 1, String: 1,
  Date: 1, RegExp: 1, Error: 1, EvalError: 1, RangeError: 1,
  ReferenceError: 1, SyntaxError: 1, TypeError: 1, URIError: 1, JSON: 1, Math: 1
};

// mujs functions carry no "name": read it from the source text, which is
// "function NAME(...) { ... }" (natives may be "function Math.max()").
function fnName(fn) {
  if (hasOwn.call(fn, 'name') && typeof fn.name === 'string') return fn.name;
  var m = /^function\s*([^\s(]*)/.exec(Function.prototype.toString.call(fn));
  var name = m ? m[1] : '';
  var dot = name.lastIndexOf('.');
  return dot >= 0 ? name.slice(dot + 1) : name;
}

var strEscapeRe = /[\x00-\x1f\x27\x5c\x7f]/;
var metaEsc = ['\\x00', '\\x01', '\\x02', '\\x03', '\\x04', '\\x05', '\\x06', '\\x07',
  '\\b', '\\t', '\\n', '\\x0B', '\\f', '\\r', '\\x0E', '\\x0F',
  '\\x10', '\\x11', '\\x12', '\\x13', '\\x14', '\\x15', '\\x16', '\\x17',
  '\\x18', '\\x19', '\\x1A', '\\x1B', '\\x1C', '\\x1D', '\\x1E', '\\x1F'];

// Quotes a string the way Node picks quotes: ' unless the string holds
// one, then ", then `, else ' with \' escapes.
function strEscape(str) {
  var quote = "'", escapeQuote = true;
  if (str.indexOf("'") !== -1) {
    if (str.indexOf('"') === -1) { quote = '"'; escapeQuote = false; }
    else if (str.indexOf('`') === -1 && str.indexOf('${') === -1) { quote = '`'; escapeQuote = false; }
  }
  if (!strEscapeRe.test(str)) return quote + str + quote;
  var out = '', i, c, ch;
  for (i = 0; i < str.length; i++) {
    c = str.charCodeAt(i);
    ch = str.charAt(i);
    if (c < 32) out += metaEsc[c];
    else if (c === 0x7f) out += '\\x7F';
    else if (c === 92) out += '\\\\';
    else if (c === 39 && escapeQuote) out += "\\'";
    else out += ch;
  }
  return quote + out + quote;
}

function formatNumber(n) {
  return n === 0 && 1 / n < 0 ? '-0' : String(n);
}

function formatPrimitive(ctx, value) {
  switch (typeof value) {
  case 'string':
    var trailer = '';
    if (value.length > ctx.maxStringLength) {
      var rest = value.length - ctx.maxStringLength;
      value = value.slice(0, ctx.maxStringLength);
      trailer = '... ' + rest + ' more character' + (rest > 1 ? 's' : '');
    }
    if (ctx.compact !== true && value.length > 16 &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      // Long strings break after each newline, one quoted piece a line.
      var pieces = value.split(/\n/), parts = [], i;
      for (i = 0; i < pieces.length; i++) {
        if (i < pieces.length - 1) parts.push(strEscape(pieces[i] + '\n'));
        else if (pieces[i] !== '') parts.push(strEscape(pieces[i]));
      }
      return parts.join(' +\n' + repeat(' ', ctx.indentationLvl + 2)) + trailer;
    }
    return strEscape(value) + trailer;
  case 'number':
    return formatNumber(value);
  case 'boolean':
    return String(value);
  case 'symbol':
    return symbolToString(value);
  default:
    return 'undefined';
  }
}

function repeat(s, n) {
  var out = '';
  while (n-- > 0) out += s;
  return out;
}

function isError(v) {
  return objToString.call(v) === '[object Error]' || v instanceof Error;
}

// The name of the nearest constructor on the prototype chain of which obj
// is an instance, or null for a null-prototype object.
function getConstructorName(obj) {
  var p = obj, desc, first = true, firstProto;
  while (p) {
    desc = Object.getOwnPropertyDescriptor(p, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function') {
      var name = fnName(desc.value);
      if (name !== '' && safeInstanceof(obj, desc.value)) return name;
    }
    p = Object.getPrototypeOf(p);
    if (first) { firstProto = p; first = false; }
  }
  if (firstProto === null) return null;
  return 'Object';
}

function safeInstanceof(obj, ctor) {
  try { return obj instanceof ctor; } catch (e) { return false; }
}

function getPrefix(constructor, fallback, size) {
  size = size || '';
  if (constructor === null) return '[' + fallback + size + ': null prototype] ';
  return constructor + size + ' ';
}

function isIndex(key) {
  return /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < 4294967295;
}

function getKeys(value, ctx) {
  var keys = ctx.showHidden ? Object.getOwnPropertyNames(value) : Object.keys(value);
  keys = keys.filter(function (k) { return k !== 'stackTrace'; });
  // Symbol-keyed properties, where core-js supplies Symbol (an app that
  // names Symbol): listed after the others, as Node does.
  if (typeof Object.getOwnPropertySymbols === 'function') {
    var syms = Object.getOwnPropertySymbols(value), i;
    for (i = 0; i < syms.length; i++)
      if (ctx.showHidden || Object.prototype.propertyIsEnumerable.call(value, syms[i])) keys.push(syms[i]);
  }
  return keys;
}

function isSymbol(v) {
  return typeof v === 'symbol' || (typeof Symbol === 'function' && safeInstanceof(v, Symbol));
}
function symbolToString(sym) {
  var d = sym.description;
  return 'Symbol(' + (d === undefined ? '' : d) + ')';
}

function formatValue(ctx, value, recurseTimes) {
  if (typeof value !== 'object' && typeof value !== 'function')
    return ctx.stylize(formatPrimitive(ctx, value), typeof value);
  if (value === null) return ctx.stylize('null', 'null');
  if (ctx.customInspect) {
    var custom = value[inspect.custom];
    if (typeof custom === 'function' && custom !== inspect) {
      var depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      var r = custom.call(value, depth, copyCtx(ctx, {}), inspect);
      if (r !== value) return typeof r === 'string' ? r : formatValue(ctx, r, recurseTimes);
    }
  }
  if (ctx.seen.indexOf(value) !== -1) {
    var index = 1, j;
    if (ctx.circular === undefined) {
      ctx.circular = [value];
    } else {
      j = ctx.circular.indexOf(value);
      if (j === -1) { ctx.circular.push(value); index = ctx.circular.length; }
      else index = j + 1;
    }
    return ctx.stylize('[Circular *' + index + ']', 'special');
  }
  return formatRaw(ctx, value, recurseTimes);
}

var kObjectType = 0, kArrayExtrasType = 1;

// Map, Set, WeakMap and WeakSet are the engine's (patches/mujs/0217),
// Symbol comes from core-js in code that uses it (see scripts/lower.js):
// recognised by instanceof the globals, when present.
function builtinKind(value) {
  if (typeof Map === 'function' && safeInstanceof(value, Map)) return 'Map';
  if (typeof Set === 'function' && safeInstanceof(value, Set)) return 'Set';
  if (typeof WeakMap === 'function' && safeInstanceof(value, WeakMap)) return 'WeakMap';
  if (typeof WeakSet === 'function' && safeInstanceof(value, WeakSet)) return 'WeakSet';
  if (typeof Symbol === 'function' && safeInstanceof(value, Symbol)) return 'Symbol';
  return null;
}

function formatMap(ctx, value, recurseTimes) {
  var output = [];
  ctx.indentationLvl += 2;
  value.forEach(function (v, k) {
    output.push(formatValue(ctx, k, recurseTimes) + ' => ' + formatValue(ctx, v, recurseTimes));
  });
  ctx.indentationLvl -= 2;
  return output;
}

// The state and result come from the runtime (native.promiseState), as
// Node's from V8.
function formatPromise(ctx, value, recurseTimes) {
  var s = native.promiseState(value);
  if (s[0] === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  var str = formatValue(ctx, s[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [s[0] === 2 ? ctx.stylize('<rejected>', 'special') + ' ' + str : str];
}

function formatSet(ctx, value, recurseTimes) {
  var output = [];
  ctx.indentationLvl += 2;
  value.forEach(function (v) { output.push(formatValue(ctx, v, recurseTimes)); });
  ctx.indentationLvl -= 2;
  return output;
}

// What an iterator has left (flat pairs for entries), as Node's
// formatMapIterInner and formatSetIterInner
function formatIterEntries(ctx, left, recurseTimes) {
  var step = left.pairs ? 2 : 1, n = left.length / step;
  var max = Math.min(Math.max(0, ctx.maxArrayLength), n), out = [], j;
  ctx.indentationLvl += 2;
  for (j = 0; j < max; j++) {
    out.push(!left.pairs ? formatValue(ctx, left[j], recurseTimes) :
      reduceToSingleString(ctx, [formatValue(ctx, left[2 * j], recurseTimes), formatValue(ctx, left[2 * j + 1], recurseTimes)],
        '', ['[', ']'], kArrayExtrasType, recurseTimes));
  }
  ctx.indentationLvl -= 2;
  if (n > max) out.push('... ' + (n - max) + ' more item' + (n - max > 1 ? 's' : ''));
  return out;
}

function formatRaw(ctx, value, recurseTimes) {
  var constructor = getConstructorName(value);
  var keys, base = '', braces, formatter = null, extrasType = kObjectType;
  var tag = objToString.call(value);
  var kind = builtinKind(value);

  if (kind === 'Symbol') return '[Symbol: ' + symbolToString(value) + ']';
  if (native.promiseState(value) !== undefined) {
    // Promise { 1 }, Promise { <pending> }, Promise { <rejected> 1 }
    keys = getKeys(value, ctx);
    braces = [getPrefix(constructor, 'Promise') +
      (constructor !== 'Promise' && constructor !== null ? '[Promise] ' : '') + '{', '}'];
    formatter = formatPromise;
  } else if (kind === 'Map' || kind === 'Set') {
    keys = getKeys(value, ctx);
    var kp = constructor === null ? '[' + kind + '(' + value.size + '): null prototype] '
      : constructor + '(' + value.size + ') ' + (constructor !== kind ? '[' + kind + '] ' : '');
    braces = [kp + '{', '}'];
    if (value.size === 0 && keys.length === 0) return braces[0] + '}';
    formatter = kind === 'Map' ? formatMap : formatSet;
  } else if ((tag === '[object Map Iterator]' || tag === '[object Set Iterator]') &&
             native.collectionEntries(value)) {
    // [Map Entries] { [ 1, 'a' ] }, [Set Iterator] { 1 }: what is left to
    // iterate, read without iterating (the engine's, mujs 0217)
    var left = native.collectionEntries(value);
    keys = [];
    braces = ['[' + tag.slice(8, 12) + (left.pairs ? 'Entries' : 'Iterator') + '] {', '}'];
    formatter = function (ctx, v, recurseTimes) { return formatIterEntries(ctx, left, recurseTimes); };
  } else if (kind === 'WeakMap' || kind === 'WeakSet') {
    // their entries cannot be listed (Node's shows them with showHidden)
    keys = getKeys(value, ctx);
    braces = [getPrefix(constructor, kind) + (constructor !== kind && constructor !== null ? '[' + kind + '] ' : '') + '{', '}'];
    formatter = function () { return [ctx.stylize('<items unknown>', 'special')]; };
  } else if (isTypedArrayTag(tag)) {
    // Uint8Array(3) [ 1, 2, 3 ]; a subclass: Foo(3) [Uint8Array] [ ... ]
    var tname = tag.slice(8, -1);
    keys = getKeys(value, ctx).filter(function (k) { return !isIndex(k); });
    braces = [getPrefix(constructor, tname, '(' + value.length + ')') +
      (constructor !== tname && constructor !== null ? '[' + tname + '] ' : '') + '[', ']'];
    if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return braces[0] + ']';
    extrasType = kArrayExtrasType;
    formatter = formatTypedArray;
  } else if (tag === '[object ArrayBuffer]'  || tag === '[object DataView]') {
    // ArrayBuffer { [Uint8Contents]: <01 02>, byteLength: 2 }
    keys = getKeys(value, ctx);
    formatter = tag === '[object ArrayBuffer]' ? formatArrayBuffer : formatDataView;
    braces = [getPrefix(constructor, tag.slice(8, -1)) + '{', '}'];
  } else if (Array.isArray(value)) {
    var prefix = constructor !== 'Array' ? getPrefix(constructor, 'Array', '(' + value.length + ')') : '';
    keys = getKeys(value, ctx).filter(function (k) { return !isIndex(k) && (k !== 'length' || ctx.showHidden); });
    braces = [prefix + '[', ']'];
    if (value.length === 0 && keys.length === 0) return braces[0] + ']';
    extrasType = kArrayExtrasType;
    formatter = formatArray;
  } else {
    keys = getKeys(value, ctx);
    braces = ['{', '}'];
    if (tag === '[object Arguments]') {
      keys = keys.filter(function (k) { return !isIndex(k) && k !== 'length' && k !== 'callee'; });
      braces = ['[Arguments] [', ']'];
      extrasType = kArrayExtrasType;
      formatter = formatArray;
      if (value.length === 0 && keys.length === 0) return '[Arguments] []';
    } else if (typeof value === 'function') {
      base = ctx.stylize(getFunctionBase(value, constructor), 'special');
      keys = keys.filter(function (k) { return k !== 'prototype'; });
      if (keys.length === 0) return base;
    } else if (tag === '[object RegExp]') {
      base = RegExp.prototype.toString.call(value);
      var rp = getPrefix(constructor, 'RegExp');
      if (rp !== 'RegExp ') base = rp + base;
      base = ctx.stylize(base, 'regexp');
      keys = keys.filter(function (k) { return k !== 'lastIndex'; });
      if (keys.length === 0 || recurseTimes > ctx.depth) return base;
    } else if (tag === '[object Date]') {
      base = isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
      var dp = getPrefix(constructor, 'Date');
      if (dp !== 'Date ') base = dp + base;
      base = ctx.stylize(base, 'date');
      if (keys.length === 0) return base;
    } else if (isError(value)) {
      base = formatError(value, constructor, ctx, keys);
      keys = keys.filter(function (k) { return k !== 'message' && k !== 'name' && k !== 'stack'; });
      // AggregateError's errors, not enumerable: shown as Node shows them
      if (Array.isArray(value.errors) && keys.indexOf('errors') === -1) keys.push('errors');
      if (keys.length === 0) return base;
    } else if (tag === '[object Number]' || tag === '[object String]' || tag === '[object Boolean]') {
      var type = tag.slice(8, -1), prim = value.valueOf();
      var fallback = type;
      base = '[' + type;
      if (constructor !== type) base += constructor === null ? ' (null prototype)' : ' (' + constructor + ')';
      base += ': ' + formatPrimitive(copyCtx(ctx, { compact: true }), prim) + ']';
      if (type === 'String') keys = keys.filter(function (k) { return !isIndex(k) && k !== 'length'; });
      void fallback;
      if (keys.length === 0) return base;
    } else if (tag === '[object Math]' || tag === '[object JSON]') {
      braces[0] = 'Object [' + tag.slice(8, -1) + '] {';
      if (keys.length === 0) return braces[0] + '}';
    } else if (constructor === 'Object') {
      if (keys.length === 0) return '{}';
    } else {
      if (keys.length === 0) return getPrefix(constructor, 'Object') + '{}';
      braces[0] = (constructor === 'Object' ? '' : getPrefix(constructor, 'Object')) + '{';
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    var ctxName = getPrefix(constructor, 'Object').slice(0, -1);
    if (kind) ctxName = constructor || kind;
    if (Array.isArray(value)) ctxName = getPrefix(constructor, 'Array').slice(0, -1);
    return ctx.stylize(constructor !== null ? '[' + ctxName + ']' : ctxName, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  var output = formatter ? formatter(ctx, value, recurseTimes) : [], i;
  for (i = 0; i < keys.length; i++)
    output.push(formatProperty(ctx, value, recurseTimes, keys[i], kObjectType));
  if (ctx.circular !== undefined) {
    var idx = ctx.circular.indexOf(value);
    if (idx !== -1) {
      var reference = '<ref *' + (idx + 1) + '>';
      base = base === '' ? reference : reference + ' ' + base;
    }
  }
  ctx.seen.pop();
  if (ctx.sorted) {
    var cmp = typeof ctx.sorted === 'function' ? ctx.sorted : undefined;
    if (extrasType === kObjectType) output.sort(cmp);
  }
  return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
}

function getFunctionBase(value, constructor) {
  var base = '[Function', name = fnName(value);
  if (constructor === null) base += ' (null prototype)';
  base += name === '' ? ' (anonymous)' : ': ' + name;
  base += ']';
  if (constructor !== 'Function' && constructor !== null) base += ' ' + constructor;
  return base;
}

function formatError(err, constructor, ctx, keys) {
  var stack;
  try { stack = err.stack; } catch (e) { stack = undefined; }
  stack = typeof stack === 'string' && stack !== '' ? stack : Error.prototype.toString.call(err);
  void keys;
  var name = err.name != null ? String(err.name) : 'Error';
  // A subclass whose name is not in the stack (Node's improveStack).
  if (constructor !== null && constructor !== name && stack.indexOf(constructor) === -1 &&
      stack.indexOf(name) === 0 && name.length > 0) {
    stack = constructor + ' [' + name + ']' + stack.slice(name.length);
  }
  var pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  if (stack.indexOf('\n    at', pos) === -1) stack = '[' + stack + ']';
  if (ctx.indentationLvl !== 0) stack = stack.split('\n').join('\n' + repeat(' ', ctx.indentationLvl));
  return stack;
}

function isTypedArrayTag(tag) {
  return /^\[object (Ui|I)nt(8|16|32)Array\]$|^\[object (Uint8ClampedArray|Float32Array|Float64Array)\]$/.test(tag);
}

// showHidden adds the accessors, the buffer by its length alone.
function formatTypedArray(ctx, value, recurseTimes) {
  var output = formatArray(ctx, value, recurseTimes);
  if (ctx.showHidden) {
    ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset'].forEach(function (k) {
      output.push('[' + k + ']: ' + formatValue(ctx, value[k], recurseTimes));
    });
    var buf = value.buffer;
    output.push('[buffer]: ' + getPrefix(getConstructorName(buf), 'ArrayBuffer') +
      '{ byteLength: ' + formatValue(ctx, buf.byteLength, recurseTimes) + ' }');
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  var bytes = new Uint8Array(value), n = Math.min(Math.max(0, ctx.maxArrayLength), bytes.length);
  var hex = [], i;
  for (i = 0; i < n; i++) hex.push((bytes[i] < 16 ? '0' : '') + bytes[i].toString(16));
  var str = hex.join(' '), remaining = bytes.length - n;
  if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  return ['[Uint8Contents]: <' + str + '>', 'byteLength: ' + formatValue(ctx, value.byteLength, 0)];
}

function formatDataView(ctx, value, recurseTimes) {
  return ['byteLength: ' + formatValue(ctx, value.byteLength, 0),
    'byteOffset: ' + formatValue(ctx, value.byteOffset, 0),
    'buffer: ' + formatValue(ctx, value.buffer, recurseTimes)];
}

function formatArray(ctx, value, recurseTimes) {
  var len = value.length, max = Math.min(Math.max(0, ctx.maxArrayLength), len);
  var output = [], i = 0, holes, entries = 0;
  while (i < len && entries < max) {
    if (!hasOwn.call(value, i)) {
      holes = 0;
      while (i < len && !hasOwn.call(value, i)) { holes++; i++; }
      output.push('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>');
    } else {
      output.push(formatProperty(ctx, value, recurseTimes, i, kArrayExtrasType));
      i++;
    }
    entries++;
  }
  var remaining = len - i;
  if (remaining > 0) output.push('... ' + remaining + ' more item' + (remaining > 1 ? 's' : ''));
  return output;
}

var keyIdentRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatProperty(ctx, value, recurseTimes, key, type) {
  var name, str;
  var desc = Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    ctx.indentationLvl += 2;
    str = formatValue(ctx, desc.value, recurseTimes);
    ctx.indentationLvl -= 2;
  } else if (desc.get !== undefined) {
    var label = desc.set !== undefined ? 'Getter/Setter' : 'Getter', st = ctx.stylize;
    if (ctx.getters && (ctx.getters === true || (ctx.getters === 'get' && desc.set === undefined) ||
        (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        var tmp = desc.get.call(value);
        ctx.indentationLvl += 2;
        if (tmp === null) str = st('[' + label + ':', 'special') + ' ' + st('null', 'null') + st(']', 'special');
        else if (typeof tmp === 'object') str = st('[' + label + ']', 'special') + ' ' + formatValue(ctx, tmp, recurseTimes);
        else str = st('[' + label + ':', 'special') + ' ' + st(formatPrimitive(ctx, tmp), typeof tmp) + st(']', 'special');
        ctx.indentationLvl -= 2;
      } catch (err) {
        str = st('[' + label + ':', 'special') + ' <Inspection threw (' + (err && err.message) + ')>' + st(']', 'special');
      }
    } else {
      str = st('[' + label + ']', 'special');
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayExtrasType) return str;
  if (isSymbol(key)) {
    name = '[' + symbolToString(key) + ']'; // (no second brackets when hidden, as Node)
    return name + ': ' + str;
  }
  key = String(key);
  // (mujs reports an array's length as enumerable; it is not)
  if (desc.enumerable === false || (key === 'length' && Array.isArray(value))) name = '[' + key + ']';
  else if (keyIdentRe.test(key)) name = key;
  else name = ctx.stylize(strEscape(key), 'string');
  return name + ': ' + str;
}

function isBelowBreakLength(ctx, output, start, base) {
  var total = output.length + start, i;
  if (total + output.length > ctx.breakLength) return false;
  for (i = 0; i < output.length; i++) {
    total += visibleLength(ctx, output[i]);
    if (total > ctx.breakLength) return false;
  }
  return base === '' || base.indexOf('\n') === -1;
}

function groupArrayElements(ctx, output, value) {
  var totalLength = 0, maxLength = 0, i = 0, outputLength = output.length;
  if (ctx.maxArrayLength < output.length) outputLength--; // "... more items"
  var separatorSpace = 2, dataLen = new Array(outputLength), len;
  for (; i < outputLength; i++) {
    len = visibleLength(ctx, output[i]);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  var actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    var averageBias = Math.sqrt(actualMax - totalLength / output.length);
    var biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    var columns = Math.min(
      Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15);
    if (columns <= 1) return output;
    var tmp = [], maxLineLength = [], j, lineLength;
    for (i = 0; i < columns; i++) {
      lineLength = 0;
      for (j = i; j < output.length; j += columns)
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      maxLineLength.push(lineLength + separatorSpace);
    }
    var padStart = true;
    if (value !== undefined) {
      for (i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number') { padStart = false; break; }
      }
    }
    for (i = 0; i < outputLength; i += columns) {
      var maxIdx = Math.min(i + columns, outputLength), str = '';
      j = i;
      for (; j < maxIdx - 1; j++) {
        var cell = output[j] + ', ', extra = output[j].length - dataLen[j];
        str += padStart ? pad(cell, maxLineLength[j - i] + extra, true) : pad(cell, maxLineLength[j - i] + extra, false);
      }
      if (padStart) str += pad(output[j], maxLineLength[j - i] - separatorSpace + output[j].length - dataLen[j], true);
      else str += output[j];
      tmp.push(str);
    }
    if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
    output = tmp;
  }
  return output;
}

function pad(s, width, start) {
  var fill = repeat(' ', width - s.length);
  return start ? fill + s : s + fill;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      var entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6)
        output = groupArrayElements(ctx, output, value);
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        var start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          var joined = output.join(', ');
          if (joined.indexOf('\n') === -1)
            return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
        }
      }
    }
    var indentation = '\n' + repeat(' ', ctx.indentationLvl);
    return (base ? base + ' ' : '') + braces[0] + indentation + '  ' +
      output.join(',' + indentation + '  ') + indentation + braces[1];
  }
  if (isBelowBreakLength(ctx, output, 0, base))
    return braces[0] + (base ? ' ' + base : '') + ' ' + output.join(', ') + ' ' + braces[1];
  var ind = base === '' && braces[0].length === 1 ? ' ' : (base ? ' ' + base : '') + '\n' +
    repeat(' ', ctx.indentationLvl) + '  ';
  return braces[0] + ind + output.join(',\n' + repeat(' ', ctx.indentationLvl) + '  ') + ' ' + braces[1];
}

function copyCtx(ctx, over) {
  var c = {}, k;
  for (k in ctx) if (hasOwn.call(ctx, k)) c[k] = ctx[k];
  for (k in over) if (hasOwn.call(over, k)) c[k] = over[k];
  return c;
}

function inspect(value, opts) {
  var ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    depth: defaults.depth,
    breakLength: defaults.breakLength,
    compact: defaults.compact,
    maxArrayLength: defaults.maxArrayLength,
    maxStringLength: defaults.maxStringLength,
    showHidden: defaults.showHidden,
    sorted: defaults.sorted,
    getters: defaults.getters,
    colors: defaults.colors,
    customInspect: defaults.customInspect,
    stylize: null,
    circular: undefined
  };
  if (arguments.length > 1 && typeof opts === 'boolean') {
    ctx.showHidden = opts;
    if (arguments.length > 2 && arguments[2] !== undefined) ctx.depth = arguments[2];
  } else if (opts && typeof opts === 'object') {
    for (var k in opts) if (hasOwn.call(opts, k) && hasOwn.call(ctx, k) && k !== 'seen') ctx[k] = opts[k];
  }
  ctx.stylize = ctx.colors ? stylizeWithColor : stylizeNoColor;
  if (ctx.depth === Infinity) ctx.depth = null;
  if (ctx.maxArrayLength === null || ctx.maxArrayLength === Infinity) ctx.maxArrayLength = 4294967295;
  if (ctx.maxStringLength === null || ctx.maxStringLength === Infinity) ctx.maxStringLength = 4294967295;
  if (ctx.breakLength === Infinity) ctx.breakLength = 1e9;
  return formatValue(ctx, value, 0);
}
// Node's key, the engine's symbol (patches/mujs/0213); buffer.js uses it too
inspect.custom = Symbol.for('nodejs.util.inspect.custom');
inspect.defaultOptions = defaults;
inspect.colors = colors;
inspect.styles = styles;

// %s of objects: inspect unless the object has its own toString.
function hasBuiltInToString(value) {
  if (typeof value.toString !== 'function') return true;
  if (hasOwn.call(value, 'toString')) return false;
  var p = value;
  do { p = Object.getPrototypeOf(p); } while (p && !hasOwn.call(p, 'toString'));
  if (!p) return true;
  var desc = Object.getOwnPropertyDescriptor(p, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' && hasOwn.call(builtInCtors, fnName(desc.value));
}

function tryStringify(v) {
  try {
    return JSON.stringify(v);
  } catch (e) {
    if (/circular|cyclic/i.test(String(e && e.message))) return '[Circular]';
    throw e;
  }
}

function formatWithOptions(inspectOptions, args) {
  var first = args[0], a = 0, str = '', join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    var tempStr, lastPos = 0, i, next, v;
    for (i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      next = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (next) {
        case 115: // s
          v = args[++a];
          if (typeof v === 'number') tempStr = formatNumber(v);
          else if (typeof v !== 'object' || v === null || !hasBuiltInToString(v)) tempStr = String(v);
          else tempStr = inspect(v, copyCtx(inspectOptions, { depth: 0, compact: 3 }));
          break;
        case 106: // j
          tempStr = tryStringify(args[++a]);
          break;
        case 100: // d
          v = args[++a];
          tempStr = typeof v === 'object' && v !== null ? formatNumber(Number(v)) : formatNumber(Number(v));
          break;
        case 79: // O
          tempStr = inspect(args[++a], inspectOptions);
          break;
        case 111: // o
          tempStr = inspect(args[++a], copyCtx(inspectOptions, { showHidden: true, depth: 4 }));
          break;
        case 105: // i
          tempStr = formatNumber(parseInt(args[++a]));
          break;
        case 102: // f
          tempStr = formatNumber(parseFloat(args[++a]));
          break;
        case 99: // c
          a += 1;
          tempStr = '';
          break;
        case 37: // %
          str += first.slice(lastPos, i);
          lastPos = i + 1;
          continue;
        default:
          continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (next === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    v = args[a];
    str += join;
    str += typeof v !== 'string' ? inspect(v, inspectOptions) : v;
    join = ' ';
    a++;
  }
  return str;
}

exports.format = function () {
  return formatWithOptions({}, Array.prototype.slice.call(arguments));
};
exports.formatWithOptions = function (opts) {
  return formatWithOptions(opts || {}, Array.prototype.slice.call(arguments, 1));
};
exports.inspect = inspect;

exports.inherits = require('internal_inherits'); // the boot-time core modules share it

// deprecate(fn, msg[, code]): the first call warns through
// process.emitWarning (a DeprecationWarning, once per code across all
// deprecated functions, as Node); process.noDeprecation turns it off.
var deprecatedCodes = {};
exports.deprecate = function (fn, msg, code) {
  if (typeof fn !== 'function') {
    var e = new TypeError('The "fn" argument must be of type function.' + received(fn));
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  if (process.noDeprecation === true) return fn;
  if (code !== undefined && typeof code !== 'string') {
    var e2 = new TypeError('The "code" argument must be of type string.' + received(code));
    e2.code = 'ERR_INVALID_ARG_TYPE';
    throw e2;
  }
  var warned = false;
  function deprecated() {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!deprecatedCodes[code]) {
          deprecatedCodes[code] = true;
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (this instanceof deprecated) {
      var obj = Object.create(fn.prototype);
      var r = fn.apply(obj, arguments);
      return r !== null && (typeof r === 'object' || typeof r === 'function') ? r : obj;
    }
    return fn.apply(this, arguments);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
};

// debuglog(section[, cb]): a logger that writes "SECTION PID: message" to
// stderr when NODE_DEBUG (comma-separated, * wildcards, any case) names the
// section, and does nothing otherwise.
var debugEnv = null;
function debugEnabled(section) {
  if (debugEnv === null) {
    var v = (process.env.NODE_DEBUG || '').trim();
    debugEnv = v ? new RegExp('^(' + v.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*')
      .replace(/\s*,\s*/g, '$|^') + ')$', 'i') : false;
  }
  return !!debugEnv && debugEnv.test(section);
}
exports.debuglog = exports.debug = function (section, cb) {
  section = String(section).toUpperCase();
  var enabled;
  function init() {
    if (enabled === undefined) enabled = debugEnabled(section);
  }
  function logger() {
    init();
    if (typeof cb === 'function') {
      var f = cb;
      cb = null;
      f(logger);
    }
    if (!enabled) return;
    process.stderr.write(section + ' ' + process.pid + ': ' +
      formatWithOptions({ colors: false }, arguments) + '\n');
  }
  Object.defineProperty(logger, 'enabled', {
    get: function () { init(); return enabled; }, configurable: true, enumerable: true
  });
  return logger;
};

exports.isArray = Array.isArray;
exports.isBoolean = function (v) { return typeof v === 'boolean'; };
exports.isNull = function (v) { return v === null; };
exports.isNullOrUndefined = function (v) { return v == null; };
exports.isNumber = function (v) { return typeof v === 'number'; };
exports.isString = function (v) { return typeof v === 'string'; };
exports.isUndefined = function (v) { return v === undefined; };
exports.isRegExp = function (v) { return objToString.call(v) === '[object RegExp]'; };
exports.isObject = function (v) { return v !== null && typeof v === 'object'; };
exports.isDate = function (v) { return objToString.call(v) === '[object Date]'; };
exports.isError = isError;
exports.isFunction = function (v) { return typeof v === 'function'; };
exports.isPrimitive = function (v) { return v === null || (typeof v !== 'object' && typeof v !== 'function'); };
function ctorIs(name) {
  return function (v) {
    var C = typeof globalThis === 'object' ? globalThis[name] : GLOBAL[name];
    return typeof C === 'function' && v !== null && typeof v === 'object' && safeInstanceof(v, C);
  };
}
var GLOBAL = Function('return this')();
exports.types = {
  isDate: exports.isDate,
  isRegExp: exports.isRegExp,
  isNativeError: isError,
  isPromise: function (v) { return native.promiseState(v) !== undefined; },
  isMap: ctorIs('Map'),
  isSet: ctorIs('Set'),
  isWeakMap: ctorIs('WeakMap'),
  isWeakSet: ctorIs('WeakSet'),
  isArrayBuffer: ctorIs('ArrayBuffer'),
  isDataView: ctorIs('DataView'),
  isUint8Array: ctorIs('Uint8Array'),
  isArrayBufferView: function (v) {
    return typeof ArrayBuffer === 'function' && ArrayBuffer.isView(v);
  },
  isAnyArrayBuffer: ctorIs('ArrayBuffer'),
  isTypedArray: function (v) {
    return typeof ArrayBuffer === 'function' && typeof ArrayBuffer.isView === 'function' &&
      ArrayBuffer.isView(v) && !ctorIs('DataView')(v);
  },
  isBoxedPrimitive: function (v) {
    return /^\[object (Number|String|Boolean)\]$/.test(objToString.call(v)) && typeof v === 'object';
  },
  isGeneratorFunction: function () { return false; },
  isAsyncFunction: function () { return false; }
};

// promisify: fn(...args, cb(err, value)) -> fn(...args) returning a
// Promise (the global one: code that uses promisify uses Promise, so the
// image has it; see scripts/lower.js).
var kCustomPromisify = Symbol.for('nodejs.util.promisify.custom'); // Node's key
exports.promisify = function promisify(original) {
  if (typeof original !== 'function') {
    var e = new TypeError('The "original" argument must be of type function');
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  var custom = original[kCustomPromisify];
  if (typeof custom === 'function') return custom;
  function fn() {
    var self = this, args = Array.prototype.slice.call(arguments);
    var P = GLOBAL.Promise;
    if (typeof P !== 'function') throw new Error('util.promisify: no Promise in this image');
    return new P(function (resolve, reject) {
      args.push(function (err, value) {
        if (err) reject(err);
        else if (arguments.length > 2) resolve(Array.prototype.slice.call(arguments, 1));
        else resolve(value);
      });
      original.apply(self, args);
    });
  }
  Object.defineProperty(fn, kCustomPromisify, { value: fn, configurable: true });
  return fn;
};
exports.promisify.custom = kCustomPromisify;

// callbackify: the reverse, errors on the next tick as Node.
exports.callbackify = function (original) {
  if (typeof original !== 'function') throw new TypeError('The "original" argument must be of type function');
  return function () {
    var args = Array.prototype.slice.call(arguments), cb = args.pop(), self = this;
    if (typeof cb !== 'function') throw new TypeError('The last argument must be of type function');
    original.apply(self, args).then(function (v) {
      process.nextTick(function () { cb(null, v); });
    }, function (err) {
      if (!err) {
        var e = new Error('Promise was rejected with a falsy value');
        e.code = 'ERR_FALSY_VALUE_REJECTION';
        e.reason = err;
        err = e;
      }
      process.nextTick(function () { cb(err); });
    });
  };
};

exports.isDeepStrictEqual = function (a, b) {
  return require('assert').isDeepEqual(a, b, true);
};

// ---- TextEncoder / TextDecoder (WHATWG Encoding, utf-8 and utf-16le):
// the globals, and util's. Bytes go through the Buffer binding's UTF-8
// codec, which replaces invalid sequences with U+FFFD as V8 does.
var nbuf = native.buffer;

function encodingError(Ctor, code, message) {
  var e = new Ctor(message);
  e.code = code;
  return e;
}

function TextEncoder() {
  if (!(this instanceof TextEncoder)) throw new TypeError("Class constructor TextEncoder cannot be invoked without 'new'");
}
Object.defineProperty(TextEncoder.prototype, 'encoding', { get: function () { return 'utf-8'; } });
TextEncoder.prototype.encode = function (input) {
  var b = nbuf.fromString(input === undefined ? '' : String(input), 0);
  return new Uint8Array(b.buffer, b.byteOffset, b.length);
};
TextEncoder.prototype.encodeInto = function (src, dest) {
  if (!nbuf.isUint8Array(dest))
    throw encodingError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "dest" argument must be an instance of Uint8Array.');
  src = String(src);
  var written = nbuf.write(dest, src, 0, dest.length, 0);
  // read counts UTF-16 units (mujs strings count code points)
  var done = nbuf.toString(dest, 0, 0, written), read = done.length;
  for (var i = 0; i < done.length; i++) if (done.charCodeAt(i) > 0xffff) read++;
  return { read: read, written: written };
};

var DECODERS = { 'utf-8': 0, 'utf8': 0, 'unicode-1-1-utf-8': 0, 'utf-16le': 6, 'utf-16': 6 };

function TextDecoder(encoding, options) {
  if (!(this instanceof TextDecoder)) throw new TypeError("Class constructor TextDecoder cannot be invoked without 'new'");
  var label = encoding === undefined ? 'utf-8' : String(encoding).trim().toLowerCase();
  if (!hasOwn.call(DECODERS, label))
    throw encodingError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', 'The "' + encoding + '" encoding is not supported');
  options = options || {};
  this._enc = DECODERS[label];
  this._fatal = !!options.fatal;
  this._ignoreBOM = !!options.ignoreBOM;
  this._pending = null;
  this._started = false;
}
Object.defineProperty(TextDecoder.prototype, 'encoding', {
  get: function () { return this._enc === 0 ? 'utf-8' : 'utf-16le'; }
});
Object.defineProperty(TextDecoder.prototype, 'fatal', { get: function () { return this._fatal; } });
Object.defineProperty(TextDecoder.prototype, 'ignoreBOM', { get: function () { return this._ignoreBOM; } });

// How many bytes at the end of u8 start a character that is not complete.
function incompleteTail(u8, enc) {
  var n = u8.length;
  if (enc === 6) return n & 1;
  for (var back = 1; back <= 3 && back <= n; back++) {
    var c = u8[n - back];
    if ((c & 0xc0) === 0x80) continue;
    var need = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

TextDecoder.prototype.decode = function (input, options) {
  var u8;
  if (input === undefined || input === null) u8 = new Uint8Array(0);
  else if (Object.prototype.toString.call(input) === '[object ArrayBuffer]') u8 = new Uint8Array(input);
  else if (typeof ArrayBuffer === 'function' && ArrayBuffer.isView(input))
    u8 = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  else
    throw encodingError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "list" argument must be an instance of ' +
      'SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
  var stream = !!(options && options.stream);
  if (this._pending) {
    var joined = new Uint8Array(this._pending.length + u8.length);
    joined.set(this._pending);
    joined.set(u8, this._pending.length);
    u8 = joined;
    this._pending = null;
  }
  if (stream) {
    var tail = incompleteTail(u8, this._enc);
    if (tail) {
      this._pending = u8.slice(u8.length - tail);
      u8 = u8.subarray(0, u8.length - tail);
    }
  }
  var s = nbuf.toString(u8, this._enc, 0, u8.length);
  if (this._fatal && this._enc === 0 && s.indexOf('\ufffd') !== -1) {
    var back = nbuf.fromString(s, 0), same = back.length === u8.length;
    for (var i = 0; same && i < u8.length; i++) same = back[i] === u8[i];
    if (!same) {
      this._pending = null;
      this._started = false;
      throw encodingError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
        'The encoded data was not valid for encoding ' + this.encoding);
    }
  }
  if (!this._started && !this._ignoreBOM && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  if (s.length || !stream) this._started = stream;
  return s;
};

exports.TextEncoder = TextEncoder;
exports.TextDecoder = TextDecoder;
