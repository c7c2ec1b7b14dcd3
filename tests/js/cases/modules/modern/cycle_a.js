// cycle_a requires cycle_b, which requires cycle_a back: b sees a's
// exports as they were when a called require (Node's rule).
exports.early = 'a-early';
const b = require('./cycle_b');
exports.late = 'a-late';
exports.fromB = `b saw ${b.sawEarly} and ${b.sawLate}`;
exports.bDone = () => b.done;
