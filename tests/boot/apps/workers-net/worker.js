'use strict';
require('http');
