// dns/promises: require('dns').promises (js/lib/dns.js).
'use strict';
module.exports = require('dns').promises;
