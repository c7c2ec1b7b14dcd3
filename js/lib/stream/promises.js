// stream/promises: pipeline and finished returning Promises (Node's API).
// Needs a Promise: core-js supplies it to any app that uses Promise or
// async functions (docs/stream.md).
'use strict';

var stream = require('stream');
var internal = stream._internal;

function needPromise() {
  if (typeof Promise !== 'function')
    throw new Error('stream/promises needs Promise (unijs adds it when the app uses Promise or async functions)');
}

exports.pipeline = function pipeline() {
  needPromise();
  var streams = Array.prototype.slice.call(arguments);
  return new Promise(function (resolve, reject) {
    var opts, last = streams[streams.length - 1];
    if (last && typeof last === 'object' && !internal.isNodeStream(last) && !internal.isIterable(last)) {
      opts = streams.pop();
    }
    internal.pipelineImpl(streams, function (err, value) {
      if (err) reject(err);
      else resolve(value);
    }, { end: opts ? opts.end : undefined });
  });
};

exports.finished = function finished(s, opts) {
  needPromise();
  return new Promise(function (resolve, reject) {
    internal.eos(s, opts, function (err) {
      if (err) reject(err);
      else resolve();
    });
  });
};
