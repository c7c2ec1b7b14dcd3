// _stream_transform: the old name of stream.Transform, still required by older packages.
'use strict';

module.exports = require('stream').Transform;
