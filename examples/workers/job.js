// The job: primes in [lo, hi) by trial division, over a list of chunks.
'use strict';
function isPrime(n) {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (var d = 3; d * d <= n; d += 2) if (n % d === 0) return false;
  return true;
}
exports.count = function (chunks) {
  var c = 0;
  for (var i = 0; i < chunks.length; i++)
    for (var n = chunks[i][0]; n < chunks[i][1]; n++) if (isPrime(n)) c++;
  return c;
};
exports.chunks = function (N, k) {
  var out = [], step = Math.ceil(N / k);
  for (var lo = 0; lo < N; lo += step) out.push([lo, Math.min(N, lo + step)]);
  return out;
};
