// internal_inherits: util.inherits alone, for the core modules every
// network service loads at boot (stream, net, http): util.js is about 40 KB
// that mujs would otherwise parse at each boot (~1.5 ms under KVM) for this
// one function; they require util itself only where they inspect a value.
// util.inherits is this function. Core modules only (an app's require()
// cannot reach ids that start with "internal").
'use strict';

module.exports = function inherits(ctor, superCtor) {
  if (typeof ctor !== 'function' || typeof superCtor !== 'function' || superCtor.prototype === undefined)
    throw new TypeError('The "ctor" and "superCtor" arguments must be of type function');
  ctor.super_ = superCtor;
  // As Node: the prototype keeps what was defined on it before.
  if (typeof Object.setPrototypeOf === 'function') {
    Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
    return;
  }
  ctor.prototype = Object.create(superCtor.prototype, {
    constructor: { value: ctor, enumerable: false, writable: true, configurable: true }
  });
};
