'use strict';
setTimeout(function () { throw new TypeError('bad thing'); }, 1);
