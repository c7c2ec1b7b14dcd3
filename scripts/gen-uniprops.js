// node scripts/gen-uniprops.js UCD_DIR > build/gen/uniprops.c
// The tables behind \p{...} / \P{...} in u-flag regular expressions
// (patches/mujs/0110-regexp-unicode-properties.patch), from the Unicode
// Character Database of Debian's unicode-data package (UCD_DIR is its
// usr/share/unicode; scripts/setup.sh fetches it, nothing of it is in
// the repository).
//
// What ECMAScript accepts (ECMA-262, "Table of binary Unicode property
// aliases", General_Category and Script values, names matched exactly):
//   \p{Name}              a General_Category value or a binary property
//   \p{General_Category=V} \p{gc=V}, \p{Script=V} \p{sc=V},
//   \p{Script_Extensions=V} \p{scx=V}
// Each set is stored once (identical sets share a table, e.g. most
// scripts' Script_Extensions are their Script) as sorted disjoint ranges,
// each range two unsigned LEB128 numbers: the gap from the end of the
// previous range, and its length - 1. The C file carries the decoder:
//   int regexp_uniprop(name, namelen, value, valuelen, neg, add, ctx)
// calls add(ctx, lo, hi) for each range of the set (of its complement
// when neg) in ascending order and returns 0; -1 for an unknown name.
// mkimage.sh links the object only into images whose sources mention \p{
// (the engine declares the function weak).
'use strict';
const fs = require('fs');
const path = require('path');
const dir = process.argv[2];
if (!dir) { console.error('usage: gen-uniprops.js UCD_DIR'); process.exit(2); }
const read = (f) => fs.readFileSync(path.join(dir, f), 'utf8');
const MAX = 0x10FFFF;

// lines "X..Y ; Value # comment" of a UCD file: calls f(lo, hi, fields)
function each(file, f) {
  for (let line of read(file).split('\n')) {
    line = line.replace(/#.*/, '').trim();
    if (!line) continue;
    const fields = line.split(';').map((s) => s.trim());
    const m = /^([0-9A-F]+)(?:\.\.([0-9A-F]+))?$/.exec(fields[0]);
    if (!m) throw new Error(file + ': ' + line);
    f(parseInt(m[1], 16), parseInt(m[2] || m[1], 16), fields);
  }
}
// sets as arrays of [lo, hi], built from per-code-point marks
class Set_ {
  constructor() { this.r = []; }
  add(lo, hi) { this.r.push([lo, hi]); return this; }
  norm() {
    const r = this.r.sort((a, b) => a[0] - b[0]), out = [];
    for (const [lo, hi] of r) {
      const last = out[out.length - 1];
      if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi); else out.push([lo, hi]);
    }
    this.r = out;
    return this;
  }
}
const sets = new Map(); // key -> Set_
const set = (k) => { if (!sets.has(k)) sets.set(k, new Set_()); return sets.get(k); };

// General_Category (UnicodeData.txt; unlisted code points are Cn)
const gcOf = new Uint8Array(MAX + 1); // index into gcNames, 0 = Cn
const gcNames = ['Cn'];
const gcIndex = (v) => { let i = gcNames.indexOf(v); if (i < 0) { i = gcNames.length; gcNames.push(v); } return i; };
{
  let first = null;
  for (const line of read('UnicodeData.txt').split('\n')) {
    if (!line) continue;
    const f = line.split(';');
    const c = parseInt(f[0], 16), g = gcIndex(f[2]);
    if (/, First>$/.test(f[1])) { first = c; continue; }
    const lo = /, Last>$/.test(f[1]) ? first : c;
    gcOf.fill(g, lo, c + 1);
    if (f[9] === 'Y') set('bin:Bidi_Mirrored').add(lo, c);
  }
  let start = 0;
  for (let c = 1; c <= MAX + 1; c++) {
    if (c > MAX || gcOf[c] !== gcOf[start]) { set('gc:' + gcNames[gcOf[start]]).add(start, c - 1); start = c; }
  }
}

// the aliases (PropertyValueAliases.txt, PropertyAliases.txt)
const gcAliases = []; // [names, members]
const scAliases = []; // [names] (names[0] the short one, names[1] the long one)
for (let line of read('PropertyValueAliases.txt').split('\n')) {
  const comment = (/#(.*)/.exec(line) || [])[1];
  line = line.replace(/#.*/, '').trim();
  if (!line) continue;
  const f = line.split(';').map((s) => s.trim());
  if (f[0] === 'gc') gcAliases.push([f.slice(1), comment ? comment.split('|').map((s) => s.trim()) : [f[1]]]);
  if (f[0] === 'sc') scAliases.push(f.slice(1));
}
for (const [names, members] of gcAliases) {
  if (members.length > 1) { const s = set('gc:' + names[0]); for (const m of members) for (const r of set('gc:' + m).r) s.add(r[0], r[1]); }
}
const propAliases = new Map(); // long name -> all names
for (let line of read('PropertyAliases.txt').split('\n')) {
  line = line.replace(/#.*/, '').trim();
  if (!line) continue;
  const f = line.split(';').map((s) => s.trim());
  propAliases.set(f[1], f);
}

// Script and Script_Extensions
const scLong = new Map(), scShort = new Map();
for (const names of scAliases) { scLong.set(names[0], names[1]); scShort.set(names[1], names[0]); }
const scOf = new Int16Array(MAX + 1).fill(-1);
const scList = scAliases.map((n) => n[1]);
each('Scripts.txt', (lo, hi, f) => {
  const i = scList.indexOf(f[1]);
  if (i < 0) throw new Error('script ' + f[1]);
  scOf.fill(i, lo, hi + 1);
  set('sc:' + f[1]).add(lo, hi);
});
const unknown = scList.indexOf('Unknown');
for (let c = 0, start = -1; c <= MAX + 1; c++) {
  const u = c <= MAX && scOf[c] < 0;
  if (u && start < 0) start = c;
  if (!u && start >= 0) { set('sc:Unknown').add(start, c - 1); start = -1; }
}
const scxOf = new Map();
each('ScriptExtensions.txt', (lo, hi, f) => {
  for (let c = lo; c <= hi; c++) scxOf.set(c, f[1].split(/\s+/).map((s) => scLong.get(s)));
});
for (let c = 0; c <= MAX; c++) {
  const list = scxOf.get(c) || [scList[scOf[c] < 0 ? unknown : scOf[c]]];
  for (const s of list) set('scx:' + s).add(c, c);
}

// binary properties: ECMA-262's table, from the files that define them
const BINARY = {
  'PropList.txt': ['ASCII_Hex_Digit', 'Bidi_Control', 'Dash', 'Deprecated', 'Diacritic', 'Extender', 'Hex_Digit',
    'IDS_Binary_Operator', 'IDS_Trinary_Operator', 'Ideographic', 'Join_Control', 'Logical_Order_Exception',
    'Noncharacter_Code_Point', 'Pattern_Syntax', 'Pattern_White_Space', 'Quotation_Mark', 'Radical',
    'Regional_Indicator', 'Sentence_Terminal', 'Soft_Dotted', 'Terminal_Punctuation', 'Unified_Ideograph',
    'Variation_Selector', 'White_Space'],
  'DerivedCoreProperties.txt': ['Alphabetic', 'Case_Ignorable', 'Cased', 'Changes_When_Casefolded',
    'Changes_When_Casemapped', 'Changes_When_Lowercased', 'Changes_When_Titlecased', 'Changes_When_Uppercased',
    'Default_Ignorable_Code_Point', 'Grapheme_Base', 'Grapheme_Extend', 'ID_Continue', 'ID_Start', 'Lowercase',
    'Math', 'Uppercase', 'XID_Continue', 'XID_Start'],
  'DerivedNormalizationProps.txt': ['Changes_When_NFKC_Casefolded'],
  'emoji/emoji-data.txt': ['Emoji', 'Emoji_Component', 'Emoji_Modifier', 'Emoji_Modifier_Base',
    'Emoji_Presentation', 'Extended_Pictographic'],
};
const binaries = ['Bidi_Mirrored', 'ASCII', 'Any', 'Assigned'];
for (const [file, names] of Object.entries(BINARY)) {
  each(file, (lo, hi, f) => { if (names.includes(f[1])) set('bin:' + f[1]).add(lo, hi); });
  binaries.push(...names);
}
set('bin:ASCII').add(0, 0x7F);
set('bin:Any').add(0, MAX);

// the tables, deduplicated, LEB128-encoded
const bytes = [], tables = [], tableOf = new Map();
const leb = (n) => { do { let b = n & 0x7F; n >>>= 7; if (n) b |= 0x80; bytes.push(b); } while (n); };
function table(key) {
  if (!sets.has(key)) throw new Error('no set ' + key);
  const r = sets.get(key).norm().r, id = JSON.stringify(r);
  if (tableOf.has(id)) return tableOf.get(id);
  tables.push([bytes.length, r.length]);
  let prev = 0;
  for (const [lo, hi] of r) { leb(lo - prev); leb(hi - lo); prev = hi + 1; }
  tableOf.set(id, tables.length - 1);
  return tables.length - 1;
}
// names: kind 1 a binary property, 2 a General_Category value, 3 a script
const names = [];
for (const b of binaries) {
  const all = propAliases.get(b) || [b];
  if (b === 'Assigned') { names.push([b, 1, table('gc:Cn'), 0, 1]); continue; }
  for (const n of new Set(all)) names.push([n, 1, table('bin:' + b), 0, 0]);
}
for (const [aliases] of gcAliases) for (const n of aliases) names.push([n, 2, table('gc:' + aliases[0]), 0, 0]);
for (const aliases of scAliases) {
  const long = aliases[1];
  // a value of the UCD with no characters of its own, not in ECMA-262's
  // table of Script values (Node: "Invalid property name")
  if (long === 'Katakana_Or_Hiragana') continue;
  for (const n of new Set(aliases)) names.push([n, 3, table('sc:' + long), table('scx:' + long), 0]);
}
const seen = new Set();
for (const [n, k] of names) { const key = n + '/' + (k === 3 ? 3 : 1); if (seen.has(key)) throw new Error('duplicate name ' + n); seen.add(key); }
let blob = '';
const nameOff = names.map(([n]) => { const o = blob.length; blob += n + '\0'; return o; });
if (blob.length > 0xFFFF || tables.length > 0xFFFF) throw new Error('too large for 16-bit indexes');

const out = [];
out.push('/* generated by scripts/gen-uniprops.js from ' + path.resolve(dir).replace(/.*\/build\//, 'build/') + ': do not edit */');
out.push('/* ' + tables.length + ' tables, ' + tables.reduce((n, t) => n + t[1], 0) + ' ranges, ' + bytes.length + ' bytes of ranges, ' + names.length + ' names */');
out.push('#include <stddef.h>');
out.push('static const unsigned char uni_ranges[' + bytes.length + '] = {');
for (let i = 0; i < bytes.length; i += 24) out.push('\t' + bytes.slice(i, i + 24).join(',') + ',');
out.push('};');
out.push('static const struct { unsigned int off; unsigned short n; } uni_tables[' + tables.length + '] = {');
for (let i = 0; i < tables.length; i += 6) out.push('\t' + tables.slice(i, i + 6).map((t) => '{' + t[0] + ',' + t[1] + '}').join(',') + ',');
out.push('};');
out.push('static const char uni_names[] =');
for (let i = 0; i < names.length; i += 8) out.push('\t"' + names.slice(i, i + 8).map((n) => n[0] + '\\0').join('') + '"');
out.push(';');
out.push('/* name, kind (1 binary, 2 General_Category, 3 Script), table (Script), table2 (Script_Extensions), complemented */');
out.push('static const struct { unsigned short name, tab, tab2; unsigned char kind, neg; } uni_props[' + names.length + '] = {');
for (let i = 0; i < names.length; i += 4) out.push('\t' + names.slice(i, i + 4).map((n, j) => '{' + [nameOff[i + j], n[2], n[3], n[1], n[4]].join(',') + '}').join(',') + ',');
out.push('};');
out.push(`
int regexp_uniprop(const char *name, int namelen, const char *value, int valuelen, int neg,
	void (*add)(void *ctx, int lo, int hi), void *ctx);

static int uni_is(const char *s, int n, const char *lit)
{
	int i;
	for (i = 0; i < n; ++i)
		if (s[i] != lit[i])
			return 0;
	return lit[n] == 0;
}

static unsigned int uni_leb(const unsigned char **p)
{
	unsigned int v = 0, shift = 0;
	unsigned char b;
	do {
		b = *(*p)++;
		v |= (unsigned int)(b & 0x7F) << shift;
		shift += 7;
	} while (b & 0x80);
	return v;
}

int regexp_uniprop(const char *name, int namelen, const char *value, int valuelen, int neg,
	void (*add)(void *ctx, int lo, int hi), void *ctx)
{
	int kind, want, i, t = -1;
	unsigned int k, lo, hi, next = 0;
	const unsigned char *p;
	if (value) {
		if (uni_is(name, namelen, "General_Category") || uni_is(name, namelen, "gc"))
			want = 2;
		else if (uni_is(name, namelen, "Script") || uni_is(name, namelen, "sc"))
			want = 3;
		else if (uni_is(name, namelen, "Script_Extensions") || uni_is(name, namelen, "scx"))
			want = 4;
		else
			return -1;
		name = value;
		namelen = valuelen;
	} else {
		want = 1; /* a binary property or a General_Category value */
	}
	for (i = 0; i < (int)(sizeof uni_props / sizeof uni_props[0]); ++i) {
		kind = uni_props[i].kind;
		if (!(kind == want || (want == 1 && kind == 2) || (want == 4 && kind == 3)))
			continue;
		if (uni_is(name, namelen, uni_names + uni_props[i].name)) {
			t = want == 4 ? uni_props[i].tab2 : uni_props[i].tab;
			neg ^= uni_props[i].neg;
			break;
		}
	}
	if (t < 0)
		return -1;
	p = uni_ranges + uni_tables[t].off;
	for (k = 0; k < uni_tables[t].n; ++k) {
		lo = next + uni_leb(&p);
		hi = lo + uni_leb(&p);
		if (!neg)
			add(ctx, (int)lo, (int)hi);
		else if (lo > next)
			add(ctx, (int)next, (int)lo - 1);
		next = hi + 1;
	}
	if (neg && next <= 0x${MAX.toString(16).toUpperCase()})
		add(ctx, (int)next, 0x${MAX.toString(16).toUpperCase()});
	return 0;
}`);
console.log(out.join('\n'));
console.error('gen-uniprops: ' + tables.length + ' tables, ' + bytes.length + ' bytes of ranges, ' + names.length + ' names');
