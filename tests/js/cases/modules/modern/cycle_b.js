const a = require('./cycle_a');
module.exports = { sawEarly: a.early, sawLate: 'late' in a, done: true, aLater: () => a.late };
