// Known differences from Node, from mujs 1.3.2 itself (see the report /
// docs): run with tests/js/run.sh RUNNER tests/js/known/*.js
// Number to string is not always the closest shortest form (grisu2).
console.log(0.1 + 0.2, Number.MAX_VALUE, 2 / 3 * 1e30, 123456789012345680000);
// 5e-324 parses as 0 (mujs strtod).
console.log(5e-324, Number.MIN_VALUE);
// toPrecision: fixed notation down to 1e-6, trailing zeros kept.
console.log((0.00001).toPrecision(1), (1.5).toPrecision(3), (25).toPrecision(1));
// toFixed rounds ties by the C library's printf (glibc: half to even).
console.log((0.5).toFixed(0), (2.5).toFixed(0), (-0).toFixed(2));
