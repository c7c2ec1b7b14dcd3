// https: requiring it works (packages that merely load it run); using it
// is a clear error until unijs has TLS (tests/fs/run.sh checks that: Node
// makes real requests, so only what both agree on is here).
var https = require('https');
var https2 = require('node:https');
console.log(https === https2, typeof https.request, typeof https.get, typeof https.createServer);
var agent = new https.Agent({ keepAlive: true });
console.log(agent instanceof https.Agent, agent.keepAlive, agent.defaultPort, agent.protocol,
  https.globalAgent instanceof https.Agent, typeof agent.on);
