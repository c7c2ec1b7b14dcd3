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
  var decomp = null, compat = null, ccc = null, comp = null;
  var SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
  var LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

  var load = function () {
    var data = require('./normalize-data.js');
    decomp = {}; compat = {}; ccc = {}; comp = {};
    data.DECOMP.split(';').forEach(function (e) {
      if (!e) return;
      var k = e.charAt(0) === '!';
      var p = (k ? e.slice(1) : e).split(' ');
      var cp = parseInt(p[0], 36), d = [];
      for (var i = 1; i < p.length; i++) d.push(parseInt(p[i], 36));
      (k ? compat : decomp)[cp] = d;
    });
    data.CCC.split(';').forEach(function (e) {
      if (!e) return;
      var p = e.split(' ');
      var hi = parseInt(p[1], 36), r = parseInt(p[2], 36);
      for (var c = parseInt(p[0], 36); c <= hi; c++) ccc[c] = r;
    });
    data.COMP.split(';').forEach(function (e) {
      if (!e) return;
      var p = e.split(' ');
      comp[parseInt(p[0], 36) + ',' + parseInt(p[1], 36)] = parseInt(p[2], 36);
    });
  };

  var classOf = function (c) { return ccc[c] || 0; };

  var decompose = function (c, k, out) {
    if (c >= SBase && c < SBase + SCount) {
      var s = c - SBase;
      out.push(LBase + Math.floor(s / NCount), VBase + Math.floor((s % NCount) / TCount));
      if (s % TCount) out.push(TBase + s % TCount);
      return;
    }
    var d = (k && compat[c]) || decomp[c];
    if (d) for (var i = 0; i < d.length; i++) out.push(d[i]);
    else out.push(c);
  };

  var compose = function (a, b) {
    if (a >= LBase && a < LBase + LCount && b >= VBase && b < VBase + VCount)
      return SBase + ((a - LBase) * VCount + (b - VBase)) * TCount;
    if (a >= SBase && a < SBase + SCount && (a - SBase) % TCount === 0 && b > TBase && b < TBase + TCount)
      return a + (b - TBase);
    var c = comp[a + ',' + b];
    return c === undefined ? -1 : c;
  };

  var normalizeForm = function (str, form) {
    var k = form === 'NFKC' || form === 'NFKD';
    var i, cps = [];
    for (i = 0; i < str.length; i++) {
      var c = str.charCodeAt(i);
      if (c >= 0xD800 && c < 0xDC00 && i + 1 < str.length) {
        var lo = str.charCodeAt(i + 1);
        if (lo >= 0xDC00 && lo < 0xE000) { c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00); i++; }
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
    var s = '';
    for (i = 0; i < cps.length; i++) {
      var p = cps[i];
      if (p > 0xFFFF) { p -= 0x10000; s += String.fromCharCode(0xD800 + (p >> 10), 0xDC00 + (p & 0x3FF)); } else s += String.fromCharCode(p);
    }
    return s;
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
      if (!decomp) load();
      return normalizeForm(str, form);
    }
  });
}
