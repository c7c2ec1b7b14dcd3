// _stream_writable: the old name of stream.Writable, still required by older packages.
'use strict';

module.exports = require('stream').Writable;
