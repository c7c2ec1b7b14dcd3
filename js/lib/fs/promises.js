// fs/promises: require('fs').promises (js/lib/fs.js).
'use strict';
module.exports = require('fs').promises;
