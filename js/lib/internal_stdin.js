// internal_stdin: process.stdin, the serial console's input, built on the
// first read of process.stdin (js/binding_loop.c).
//
// An EventEmitter with the flowing half of a Readable stream: adding a
// 'data' listener (or resume()) starts interrupt-driven receive and holds a
// loop reference, so the app stays alive while it reads; pause() stops both
// (bytes that arrive meanwhile wait in the driver's ring and the UART);
// unref() lets the app end while stdin still flows. Chunks are strings
// (there is no Buffer yet): UTF-8 by default, or the encoding given to
// setEncoding ('utf8', 'latin1'/'binary', 'ascii'). 'end' never comes: a
// serial console has no end of file.
'use strict';

var EventEmitter = require('events');

function Stdin() {
  EventEmitter.call(this);
  this.fd = 0;
  this.readable = true;
  this.readableFlowing = null;
  this.readableEncoding = null;
  this._refed = true;
  this._holding = false; // we hold a loop reference
}
require('util').inherits(Stdin, EventEmitter);

var stdin = new Stdin();

function onData(chunk) {
  stdin.emit('data', chunk);
}

function holdRef(on) {
  if (on !== stdin._holding) {
    stdin._holding = on;
    native.loopRef(on);
  }
}

Stdin.prototype.resume = function () {
  if (this.readableFlowing !== true) {
    this.readableFlowing = true;
    var r = native.stdinStart(onData);
    if (r < 0) {
      var err = new Error('stdin: cannot receive (errno ' + -r + ')');
      this.readableFlowing = false;
      process.nextTick(function () { stdin.emit('error', err); });
      return this;
    }
    holdRef(this._refed);
    process.nextTick(function () { stdin.emit('resume'); });
  }
  return this;
};

Stdin.prototype.pause = function () {
  if (this.readableFlowing !== false) {
    this.readableFlowing = false;
    native.stdinStop();
    holdRef(false);
    process.nextTick(function () { stdin.emit('pause'); });
  }
  return this;
};

Stdin.prototype.isPaused = function () { return this.readableFlowing === false; };

Stdin.prototype.setEncoding = function (enc) {
  enc = String(enc === undefined ? 'utf8' : enc).toLowerCase();
  if (enc === 'utf-8') enc = 'utf8';
  if (['utf8', 'latin1', 'binary', 'ascii'].indexOf(enc) < 0) {
    var err = new TypeError('Unknown encoding: ' + enc);
    err.code = 'ERR_UNKNOWN_ENCODING';
    throw err;
  }
  native.stdinEncoding(enc);
  this.readableEncoding = enc;
  return this;
};

Stdin.prototype.ref = function () {
  this._refed = true;
  if (this.readableFlowing === true) holdRef(true);
  return this;
};

Stdin.prototype.unref = function () {
  this._refed = false;
  holdRef(false);
  return this;
};

Stdin.prototype.hasRef = function () { return this._refed; };

// Flowing starts with the first 'data' listener, as in Node (unless
// pause() was called explicitly before).
Stdin.prototype.on = function (type, listener) {
  EventEmitter.prototype.on.call(this, type, listener);
  if (type === 'data' && this.readableFlowing !== false) this.resume();
  return this;
};
Stdin.prototype.addListener = Stdin.prototype.on;

Stdin.prototype.setRawMode = function () { return this; };

module.exports = stdin;
