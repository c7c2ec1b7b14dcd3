// String.prototype.normalize (NFC, NFD, NFKC, NFKD), which mujs lacks and
// core-js does not provide. Packed (as /unijs/polyfills/normalize.js, with
// its tables normalize-data.js) into images whose code calls .normalize(;
// see scripts/lower.js. joi's email rule (@sideway/address) normalizes
// every non-ASCII address.
//
// The Unicode algorithm (UAX #15): full decomposition (canonical, or
// compatibility for the K forms; Hangul syllables by arithmetic), the
// canonical ordering of non-starters, then for NFC/NFKC canonical
// composition, where a mark composes with the last starter unless a
// character between them has the same or a higher combining class. The
// tables come from Node's own normalize (scripts/gen-normalize-data.js) and
// are parsed on the first call. Strings are walked by code point (surrogate
// pairs joined), results written back as UTF-16.
'use strict';

if (typeof String.prototype.normalize !== 'function') {
  // sorted typed arrays searched by halving: an object per entry would
  // cost megabytes of a 32 MB guest's heap
  var canon = null, compat = null, pool = null, cccLo, cccHi, cccRank, compA, compB, compC;
  var SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
  var LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

  var table = function (n) { return { keys: new Uint32Array(n), off: new Uint32Array(n), len: new Uint8Array(n), n: 0 }; };
  // Each table is an array of pieces of about 100 entries, split one piece
  // at a time: few strings live at once in a small heap.
  var each = function (pieces, fn) {
    for (var i = 0; i < pieces.length; i++) {
      var entries = pieces[i].split(';');
      for (var j = 0; j < entries.length; j++) fn(entries[j].split(' '));
    }
  };
  var load = function () {
    var data = require('./normalize-data.js');
    var np = 0, k = 0;
    canon = table(data.canon);
    compat = table(data.compat);
    pool = new Uint32Array(data.pool);
    each(data.DECOMP, function (p) {
      var t = canon;
      if (p[0].charAt(0) === '!') { t = compat; p[0] = p[0].slice(1); }
      t.keys[t.n] = parseInt(p[0], 36);
      t.off[t.n] = np;
      t.len[t.n] = p.length - 1;
      t.n++;
      for (var j = 1; j < p.length; j++) pool[np++] = parseInt(p[j], 36);
    });
    cccLo = new Uint32Array(data.ccc); cccHi = new Uint32Array(data.ccc); cccRank = new Uint8Array(data.ccc);
    each(data.CCC, function (p) {
      cccLo[k] = parseInt(p[0], 36); cccHi[k] = parseInt(p[1], 36); cccRank[k++] = parseInt(p[2], 36);
    });
    compA = new Uint32Array(data.comp); compB = new Uint32Array(data.comp); compC = new Uint32Array(data.comp);
    k = 0;
    each(data.COMP, function (p) {
      compA[k] = parseInt(p[0], 36); compB[k] = parseInt(p[1], 36); compC[k++] = parseInt(p[2], 36);
    });
  };

  // the index of c in sorted keys[0..n), or -1
  var find = function (keys, n, c) {
    var lo = 0, hi = n - 1;
    while (lo <= hi) {
      var m = (lo + hi) >> 1;
      if (keys[m] === c) return m;
      if (keys[m] < c) lo = m + 1; else hi = m - 1;
    }
    return -1;
  };

  var classOf = function (c) {
    var lo = 0, hi = cccLo.length - 1;
    while (lo <= hi) {
      var m = (lo + hi) >> 1;
      if (c < cccLo[m]) hi = m - 1;
      else if (c > cccHi[m]) lo = m + 1;
      else return cccRank[m];
    }
    return 0;
  };

  var decompose = function (c, k, out) {
    if (c >= SBase && c < SBase + SCount) {
      var s = c - SBase;
      out.push(LBase + Math.floor(s / NCount), VBase + Math.floor((s % NCount) / TCount));
      if (s % TCount) out.push(TBase + s % TCount);
      return;
    }
    var t = k ? compat : canon, x = find(t.keys, t.n, c);
    if (x < 0 && k) { t = canon; x = find(t.keys, t.n, c); }
    if (x < 0) { out.push(c); return; }
    for (var i = 0; i < t.len[x]; i++) out.push(pool[t.off[x] + i]);
  };

  var compose = function (a, b) {
    if (a >= LBase && a < LBase + LCount && b >= VBase && b < VBase + VCount)
      return SBase + ((a - LBase) * VCount + (b - VBase)) * TCount;
    if (a >= SBase && a < SBase + SCount && (a - SBase) % TCount === 0 && b > TBase && b < TBase + TCount)
      return a + (b - TBase);
    var lo = 0, hi = compA.length - 1;
    while (lo <= hi) {
      var m = (lo + hi) >> 1;
      if (compA[m] === a && compB[m] === b) return compC[m];
      if (compA[m] < a || (compA[m] === a && compB[m] < b)) lo = m + 1; else hi = m - 1;
    }
    return -1;
  };

  var normalizeForm = function (str, form) {
    var k = form === 'NFKC' || form === 'NFKD';
    var i, cps = [], units = [];
    // code units read a piece at a time: charCodeAt(i) walks mujs's UTF-8
    // from the start, so one pass by index over a long string is quadratic
    for (i = 0; i < str.length; i += 512) {
      var piece = str.slice(i, i + 512);
      for (var u = 0; u < piece.length; u++) units.push(piece.charCodeAt(u));
    }
    for (i = 0; i < units.length; i++) {
      var c = units[i];
      if (c >= 0xD800 && c < 0xDC00 && i + 1 < units.length && units[i + 1] >= 0xDC00 && units[i + 1] < 0xE000) {
        c = 0x10000 + ((c - 0xD800) << 10) + (units[i + 1] - 0xDC00);
        i++;
      }
      decompose(c, k, cps);
    }
    // canonical ordering: a stable sort of each run of non-starters
    for (i = 1; i < cps.length; i++) {
      var cc = classOf(cps[i]);
      if (!cc) continue;
      for (var j = i; j > 0 && classOf(cps[j - 1]) > cc; j--) {
        var t = cps[j]; cps[j] = cps[j - 1]; cps[j - 1] = t;
      }
    }
    if (form === 'NFC' || form === 'NFKC') {
      var out = [], starter = -1, last = -1;
      for (i = 0; i < cps.length; i++) {
        var ch = cps[i], cl = classOf(ch);
        if (starter >= 0 && (last < cl || (last === 0 && out.length - 1 === starter))) {
          var composed = compose(out[starter], ch);
          if (composed >= 0) { out[starter] = composed; continue; }
        }
        if (cl === 0) { starter = out.length; last = 0; } else last = cl;
        out.push(ch);
      }
      cps = out;
    }
    units = [];
    for (i = 0; i < cps.length; i++) {
      var p = cps[i];
      if (p > 0xFFFF) { p -= 0x10000; units.push(0xD800 + (p >> 10), 0xDC00 + (p & 0x3FF)); } else units.push(p);
    }
    var parts = [];
    for (i = 0; i < units.length; i += 4096) parts.push(String.fromCharCode.apply(null, units.slice(i, i + 4096)));
    return parts.join('');
  };

  Object.defineProperty(String.prototype, 'normalize', {
    configurable: true, writable: true, enumerable: false,
    value: function normalize() {
      if (this === null || this === undefined) throw new TypeError('String.prototype.normalize called on null or undefined');
      var str = String(this);
      var form = arguments.length < 1 || arguments[0] === undefined ? 'NFC' : String(arguments[0]);
      if (form !== 'NFC' && form !== 'NFD' && form !== 'NFKC' && form !== 'NFKD')
        throw new RangeError('The normalization form should be one of NFC, NFD, NFKC, NFKD.');
      // ASCII is in every normal form
      if (/^[\x00-\x7f]*$/.test(str)) return str;
      if (!canon) load();
      return normalizeForm(str, form);
    }
  });
}
