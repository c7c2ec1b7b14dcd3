// tty: the serial console as Node's tty module sees a terminal.
//
// The console is not a terminal unless the kernel command line says so
// (env.UNIJS_TTY=1: process.stdout.isTTY, isatty(0..2) are then true).
// WriteStream writes to the console (a stream.Writable; columns and rows
// from COLUMNS/LINES, else 80x24: a serial line cannot be asked its size),
// with Node's getColorDepth/hasColors rules and the ANSI cursor helpers.
// ReadStream reads the console input (process.stdin) as a stream.Readable.
// The serial console has no line discipline: input always arrives as raw
// bytes, so isRaw is what setRawMode() last said and changes nothing.
'use strict';

var stream = require('stream');
var util = require('util');

function isTTYConsole() { return process.stdout.isTTY === true; }

function isatty(fd) {
  return (fd === 0 || fd === 1 || fd === 2) && isTTYConsole();
}

function invalidFd(fd) {
  var e = new RangeError('"fd" must be a positive integer: ' + fd);
  e.code = 'ERR_INVALID_FD';
  return e;
}

function checkFd(fd, ok) {
  if (typeof fd !== 'number' || fd !== Math.floor(fd) || fd < 0) throw invalidFd(fd);
  if (ok.indexOf(fd) === -1) {
    var e = new Error('fd ' + fd + ' is not the console: unijs has only the serial console (fds 0, 1, 2)');
    e.code = 'EBADF';
    throw e;
  }
}

// ---- WriteStream

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  checkFd(fd, [1, 2]);
  stream.Writable.call(this, { decodeStrings: false });
  this.fd = fd;
  this.isTTY = true;
  this.columns = envSize('COLUMNS', 80);
  this.rows = envSize('LINES', 24);
}
util.inherits(WriteStream, stream.Writable);

function envSize(name, dflt) {
  var v = parseInt(process.env[name], 10);
  return v > 0 ? v : dflt;
}

WriteStream.prototype._write = function (chunk, encoding, cb) {
  var out = this.fd === 2 ? process.stderr : process.stdout;
  out.write(typeof chunk === 'string' ? chunk : chunk.toString());
  cb();
};

WriteStream.prototype.getWindowSize = function () {
  return [this.columns, this.rows];
};

var COLORS_2 = 1, COLORS_16 = 4, COLORS_256 = 8, COLORS_16m = 24;
var TERM_ENVS = {
  eterm: COLORS_16, cons25: COLORS_16, console: COLORS_16, cygwin: COLORS_16, dtterm: COLORS_16,
  gnome: COLORS_16, hurd: COLORS_16, jfbterm: COLORS_16, konsole: COLORS_16, kterm: COLORS_16,
  mlterm: COLORS_16, mosh: COLORS_16m, putty: COLORS_16, st: COLORS_16,
  'rxvt-unicode-24bit': COLORS_16m, terminator: COLORS_16m
};
var TERM_ENVS_REG_EXP = [/ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/,
  /^xterm/, /^vt100/];
var CI_NAMES = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'];

var warned = false;
function warnOnDeactivatedColors(env) {
  if (warned) return;
  var name = '';
  if (env.NODE_DISABLE_COLORS !== undefined) name = 'NODE_DISABLE_COLORS';
  if (env.NO_COLOR !== undefined) name += (name ? "' and '" : '') + 'NO_COLOR';
  if (name) {
    process.emitWarning("The '" + name + "' env is ignored due to the 'FORCE_COLOR' env being set.", 'Warning');
    warned = true;
  }
}

// Node's rules (lib/internal/tty.js), from the environment only.
function getColorDepth(env) {
  if (env === undefined) env = process.env;
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
    case '': case '1': case 'true': warnOnDeactivatedColors(env); return COLORS_16;
    case '2': warnOnDeactivatedColors(env); return COLORS_256;
    case '3': warnOnDeactivatedColors(env); return COLORS_16m;
    default: return COLORS_2;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb')
    return COLORS_2;
  if (env.TMUX) return COLORS_256;
  if (env.CI) {
    for (var i = 0; i < CI_NAMES.length; i++) if (CI_NAMES[i] in env) return COLORS_256;
    if (env.CI_NAME === 'codeship') return COLORS_256;
    return COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env)
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  switch (env.TERM_PROGRAM) {
  case 'iTerm.app':
    if (!env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION)) return COLORS_256;
    return COLORS_16m;
  case 'HyperTerm': case 'MacTerm': return COLORS_16m;
  case 'Apple_Terminal': return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    var t = env.TERM.toLowerCase();
    if (TERM_ENVS[t]) return TERM_ENVS[t];
    for (var k = 0; k < TERM_ENVS_REG_EXP.length; k++) if (TERM_ENVS_REG_EXP[k].test(t)) return COLORS_16;
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else if (typeof count !== 'number') {
    var e = new TypeError('The "count" argument must be of type number.');
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  return count <= Math.pow(2, getColorDepth(env));
}

WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

var CSI = '\x1b[';
function done(s, cb) {
  var ok = s.write.apply(s, Array.prototype.slice.call(arguments, 2));
  if (typeof cb === 'function') process.nextTick(cb);
  return ok;
}
WriteStream.prototype.cursorTo = function (x, y, cb) {
  if (typeof y === 'function') { cb = y; y = undefined; }
  return done(this, cb, typeof y === 'number' ? CSI + (y + 1) + ';' + (x + 1) + 'H' : CSI + (x + 1) + 'G');
};
WriteStream.prototype.moveCursor = function (dx, dy, cb) {
  var s = '';
  if (dx < 0) s += CSI + -dx + 'D'; else if (dx > 0) s += CSI + dx + 'C';
  if (dy < 0) s += CSI + -dy + 'A'; else if (dy > 0) s += CSI + dy + 'B';
  return done(this, cb, s);
};
WriteStream.prototype.clearLine = function (dir, cb) {
  return done(this, cb, dir < 0 ? CSI + '1K' : dir > 0 ? CSI + '0K' : CSI + '2K');
};
WriteStream.prototype.clearScreenDown = function (cb) {
  return done(this, cb, CSI + '0J');
};

// ---- ReadStream: process.stdin as a stream.Readable

function ReadStream(fd) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd);
  checkFd(fd, [0]);
  stream.Readable.call(this);
  var self = this;
  this.fd = 0;
  this.isTTY = true;
  this.isRaw = false;
  this._onData = function (chunk) {
    if (!self.push(typeof chunk === 'string' ? chunk : String(chunk))) process.stdin.pause();
  };
}
util.inherits(ReadStream, stream.Readable);

ReadStream.prototype._read = function () {
  if (!this._listening) {
    this._listening = true;
    process.stdin.on('data', this._onData);
  }
  process.stdin.resume();
};
ReadStream.prototype._destroy = function (err, cb) {
  process.stdin.removeListener('data', this._onData);
  process.stdin.pause();
  cb(err);
};
ReadStream.prototype.setRawMode = function (flag) {
  this.isRaw = !!flag;
  return this;
};

exports.isatty = isatty;
exports.WriteStream = WriteStream;
exports.ReadStream = ReadStream;
