// A starting point for a unijs service. Copy this folder, then:
//   ./mkimage.sh --run my-service -- --greeting hello
// Arguments after -- arrive in process.argv; env.NAME=value words on the
// kernel command line arrive in process.env.
'use strict';

var greeting = process.env.GREETING || 'Hello';
var args = process.argv.slice(2);

console.log('%s from %s (%d arguments)', greeting, require('./package.json').name, args.length);

process.on('exit', function (code) {
  console.log('exiting with code %d', code);
});
