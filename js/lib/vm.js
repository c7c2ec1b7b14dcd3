// vm: the part of Node's vm module that one global context allows:
// running source text as a script in the global scope and getting its
// completion value (what a REPL prints). mujs has no indirect eval, so
// this is also the way to evaluate code globally.
'use strict';

function filenameOf(options) {
  if (typeof options === 'string') return options;
  if (options && options.filename !== undefined) return String(options.filename);
  return 'evalmachine.<anonymous>';
}

exports.runInThisContext = function (code, options) {
  return native.runScript(String(code), filenameOf(options));
};

function Script(code, options) {
  if (!(this instanceof Script)) throw new TypeError("Class constructor Script cannot be invoked without 'new'");
  this._code = String(code);
  this._filename = filenameOf(options);
}
Script.prototype.runInThisContext = function () {
  return native.runScript(this._code, this._filename);
};
exports.Script = Script;
