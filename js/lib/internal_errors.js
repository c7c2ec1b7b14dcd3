// internal_errors: the error helpers every core module shares, with Node's
// codes and message shapes (Node's lib/internal/errors.js conventions).
// Core modules only: an app's require() cannot reach ids that start with
// "internal" (js/binding_module.c).
'use strict';

// An error of class Ctor with Node's `code` property.
function codedError(Ctor, code, message) {
  var e = new Ctor(message);
  e.code = code;
  return e;
}

// What Node's messages say a wrong value was ("... Received <this>"):
// null/undefined as such, a function by its name (empty or not), an
// object by its constructor's name (else inspected one level deep), any
// other value by type and its inspected text cut at 25 characters.
function specificType(v) {
  if (v === null || v === undefined) return String(v);
  if (typeof v === 'function') return 'function ' + (v.name || '');
  var inspect = require('util').inspect;
  if (typeof v === 'object') {
    var C = v.constructor;
    return C && C.name ? 'an instance of ' + C.name : inspect(v, { depth: -1 });
  }
  var s = inspect(v);
  if (s.length > 28) s = s.slice(0, 25) + '...';
  return 'type ' + typeof v + ' (' + s + ')';
}

// " Received ...", the tail of Node's argument errors.
function received(v) {
  return ' Received ' + specificType(v);
}

// ERR_INVALID_ARG_TYPE. name: 'x' (The "x" argument), 'opts.x' (The
// "opts.x" property) or a phrase ending in " argument" (used as it is,
// "The first argument").
function argType(name, expected, v) {
  var what = / argument$/.test(name) ? name
    : '"' + name + '" ' + (name.indexOf('.') >= 0 ? 'property' : 'argument');
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
    'The ' + what + ' must be ' + expected + '.' + received(v));
}

module.exports = {
  codedError: codedError,
  specificType: specificType,
  received: received,
  argType: argType
};
