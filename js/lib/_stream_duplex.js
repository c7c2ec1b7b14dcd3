// _stream_duplex: the old name of stream.Duplex, still required by older packages.
'use strict';

module.exports = require('stream').Duplex;
