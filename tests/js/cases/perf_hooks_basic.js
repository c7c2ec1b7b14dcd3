// perf_hooks: performance.now/timeOrigin, mark (startTime, detail),
// measure between marks and with options, the entry buffer, clearing,
// PerformanceObserver delivery (after the current tick, once per batch),
// errors for unknown marks.
var ph = require('perf_hooks');
var performance = ph.performance;
var log = function () { console.log.apply(console, arguments); };
var t0 = performance.now();
log(typeof t0, t0 >= 0, performance.timeOrigin > 1e12, performance === global.performance);
var obs = new ph.PerformanceObserver(function (list, o) {
  log('observer', o === obs, list.getEntries().map(function (e) { return e.entryType + ':' + e.name; }).join(' '),
    list.getEntriesByType('measure').length);
});
obs.observe({ entryTypes: ['mark', 'measure'] });
var a = performance.mark('A', { startTime: 10, detail: { k: 1 } });
performance.mark('B', { startTime: 25 });
log(a.name, a.entryType, a.startTime, a.duration, JSON.stringify(a.detail), a instanceof ph.PerformanceEntry);
var m = performance.measure('A to B', 'A', 'B');
log(m.name, m.entryType, m.startTime, m.duration);
var m2 = performance.measure('opts', { start: 'A', duration: 5 });
log(m2.startTime, m2.duration);
var m3 = performance.measure('from start');
log(m3.startTime, m3.duration >= 0);
log(performance.getEntries().map(function (e) { return e.name; }).join(','));
log(performance.getEntriesByName('A').length, performance.getEntriesByType('mark').length);
try { performance.measure('x', 'nope'); } catch (e) { log(e.name, e.message); }
try { performance.mark('m', { startTime: -1 }); } catch (e) { log(e.code); }
performance.clearMarks('A');
log(performance.getEntriesByType('mark').map(function (e) { return e.name; }).join(','));
performance.clearMeasures();
log(performance.getEntriesByType('measure').length);
log(JSON.stringify(ph.PerformanceObserver.supportedEntryTypes.filter(function (t) { return t === 'mark' || t === 'measure'; })));
process.nextTick(function () { log('tick before observer'); });
setImmediate(function () { obs.disconnect(); performance.mark('after'); log('disconnected'); });
