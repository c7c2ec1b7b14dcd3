// _stream_readable: the old name of stream.Readable, still required by older packages.
'use strict';

module.exports = require('stream').Readable;
