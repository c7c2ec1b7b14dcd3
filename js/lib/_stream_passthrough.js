// _stream_passthrough: the old name of stream.PassThrough, still required by older packages.
'use strict';

module.exports = require('stream').PassThrough;
