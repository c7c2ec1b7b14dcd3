#!/usr/bin/env node
// packfiles.js: the app's own files, packed read-only under /app for fs.
//
//   node scripts/packfiles.js [--include GLOB]... [--exclude GLOB]...
//        [--skip DIR]... APPDIR OUTDIR
//
// Runs after scripts/bundle.js (reads OUTDIR/files, the module list) and
// writes:
//   OUTDIR/fsfiles   "NAME<TAB>HOSTPATH" per packed file (NAME is
//                    /app/<path relative to APPDIR>); an empty directory
//                    is "NAME/<TAB>" (the host runner reads this)
//   OUTDIR/fs.S      the table bundle_fs (struct bundle_file, js/runtime.h)
//                    in .rodata, each file's bytes by .incbin, plus
//                    bundle_fs_mtime (seconds): the image's files are read
//                    in place, never copied at boot
//   OUTDIR/fs.txt    the report: "SIZE<TAB>NAME[<TAB>module]" per entry
// and prints one summary line on stdout.
//
// What is packed (docs/fs.md):
//   - every file under APPDIR, except anything under node_modules/ and any
//     path with a component starting with "." (.git, .env, ...);
//   - or, when package.json has "unijs": { "files": [GLOB, ...] }, only the
//     files those match (a "!GLOB" entry takes matches away again);
//   - plus what --include GLOB matches (even under node_modules or dot
//     paths), minus what --exclude GLOB matches (last word);
//   - plus every module of the graph under /app (bundle.js packed it for
//     require already: the fs entry points at those same bytes, so it
//     costs only its name; a module lowered to ES5 is packed as written).
// GLOB is relative to APPDIR: "*" and "?" stay within one path component,
// "**" crosses them, a GLOB without "/" matches a name at any depth, and a
// GLOB matching a directory matches everything below it.
// Directories named by --skip (the image output directory) are never packed
// when they lie inside APPDIR; one that holds APPDIR itself (an app staged
// under the output directory, as bench/ stages them) skips nothing: it
// skipped the whole app's files, and an Express app's public/ went missing.
// --modules-only (mkimage.sh for an APP that is one .js file, whose
// directory may be anything, /tmp or $HOME): only the modules and what
// --include names.
// mtime: SOURCE_DATE_EPOCH when set, else 0 (images stay reproducible).
'use strict';
const fs = require('fs');
const path = require('path');

const argv = process.argv.slice(2);
const includes = [], excludes = [], skips = [];
let modulesOnly = false;
while (argv.length && argv[0].startsWith('--')) {
  if (argv[0] === '--modules-only') { modulesOnly = true; argv.shift(); continue; }
  const opt = argv.shift(), val = argv.shift();
  if (val === undefined) die(`${opt} needs a value`, 2);
  if (opt === '--include') includes.push(val);
  else if (opt === '--exclude') excludes.push(val);
  else if (opt === '--skip') skips.push(path.resolve(val));
  else die(`unknown option ${opt}`, 2);
}
if (argv.length !== 2) die('usage: packfiles.js [--modules-only] [--include GLOB] [--exclude GLOB] [--skip DIR] APPDIR OUTDIR', 2);
const appdir = fs.realpathSync(argv[0]);
const outdir = argv[1];
// (only the skips below the app's root: see --skip above)
for (let i = skips.length - 1; i >= 0; i--) {
  let real;
  try { real = fs.realpathSync(skips[i]); } catch (e) { real = skips[i]; }
  if (real === appdir || appdir.startsWith(real + path.sep)) skips.splice(i, 1);
  else skips[i] = real;
}

function die(msg, code) {
  console.error(`packfiles: ${msg}`);
  process.exit(code || 1);
}

function globRegex(glob) {
  let g = glob.replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
  if (!g) return /^/;
  if (!g.includes('/')) g = '**/' + g;
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*' && g[i + 1] === '*') {
      i++;
      if (g[i + 1] === '/') { i++; re += '(?:.*/)?'; } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp('^' + re + '$');
}
// rel or one of its parent directories matches
function matches(res, rel) {
  const parts = rel.split('/');
  for (let k = parts.length; k > 0; k--) {
    const p = parts.slice(0, k).join('/');
    if (res.some((r) => r.test(p))) return true;
  }
  return false;
}

let pkgFiles = null;
try {
  const pkg = JSON.parse(fs.readFileSync(path.join(appdir, 'package.json'), 'utf8'));
  if (pkg && pkg.unijs && pkg.unijs.files !== undefined) {
    if (!Array.isArray(pkg.unijs.files) || !pkg.unijs.files.every((s) => typeof s === 'string'))
      die(`${path.join(appdir, 'package.json')}: "unijs": { "files" } must be an array of strings`);
    pkgFiles = pkg.unijs.files;
  }
} catch (e) {
  if (e.code !== 'ENOENT' && !(e instanceof SyntaxError)) throw e;
}
const incRe = includes.map(globRegex), excRe = excludes.map(globRegex);
const pkgInc = pkgFiles && pkgFiles.filter((s) => !s.startsWith('!')).map(globRegex);
const pkgExc = pkgFiles && pkgFiles.filter((s) => s.startsWith('!')).map((s) => globRegex(s.slice(1)));

function wanted(rel) {
  if (matches(excRe, rel)) return false;
  if (matches(incRe, rel)) return true;
  if (modulesOnly) return false;
  if (pkgInc) return matches(pkgInc, rel) && !matches(pkgExc, rel);
  return !rel.split('/').some((p) => p.startsWith('.') || p === 'node_modules');
}

// the modules bundle.js packed: NAME -> host path it packed
const modules = new Map();
for (const line of fs.readFileSync(path.join(outdir, 'files'), 'utf8').split('\n')) {
  const tab = line.indexOf('\t');
  if (tab > 0) modules.set(line.slice(0, tab), line.slice(tab + 1));
}

const mayReachDot = includes.concat(pkgFiles || []).some((g) => /(^|\/)(\.|\*\*|\?|\*)/.test(g.replace(/^!/, '').replace(/^\.\//, '')));
const entries = []; // { name, file (host path, null: directory), alias }
const seenDirs = new Set();
function walk(dir, rel) {
  const real = fs.realpathSync(dir);
  if (seenDirs.has(real) || skips.some((s) => real === s || real.startsWith(s + path.sep))) return;
  seenDirs.add(real);
  let names;
  try {
    names = fs.readdirSync(dir).sort();
  } catch (e) {
    die(`${dir}: cannot read directory: ${e.message}`);
  }
  let packedHere = 0;
  for (const n of names) {
    const r = rel ? rel + '/' + n : n;
    const p = path.join(dir, n);
    let st;
    try { st = fs.statSync(p); } catch (e) { continue; } // a dangling link
    if (/[\n\t"\\]/.test(n)) {
      if (wanted(r)) die(`${p}: file names with tabs, newlines, quotes or backslashes cannot be packed`);
      continue;
    }
    if (st.isDirectory()) {
      // dot directories (.git) hold no modules: walked only when an
      // --include or "files" glob may reach into them
      if (n.startsWith('.') && !mayReachDot) continue;
      packedHere += walk(p, r);
    } else if (st.isFile()) {
      const name = '/app/' + r;
      const mod = modules.get(name);
      if (mod !== undefined || wanted(r)) {
        try {
          fs.accessSync(p, fs.constants.R_OK);
        } catch (e) {
          die(`${p}: not readable (--exclude it, or make it readable)`);
        }
        entries.push({ name, file: p, size: st.size, alias: mod === p, module: mod !== undefined });
        packedHere++;
      }
    }
  }
  // an empty directory the rules want is kept (views/partials/ before any
  // partial exists); directories with files are implied by their names
  if (!packedHere && rel && wanted(rel) && names.length === 0) {
    entries.push({ name: '/app/' + rel + '/', file: null, size: 0 });
    packedHere++;
  }
  return packedHere;
}
if (!modulesOnly || includes.length) walk(appdir, '');
// modules the walk did not reach (under a dot directory: pnpm's
// node_modules/.pnpm/...) are packed for fs all the same
const have = new Set(entries.map((e) => e.name));
for (const [name, packed] of modules) {
  if (!name.startsWith('/app/') || have.has(name)) continue;
  const file = path.join(appdir, name.slice(5));
  let st;
  try { st = fs.statSync(file); } catch (e) { continue; }
  entries.push({ name, file, size: st.size, alias: packed === file, module: true });
}
entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

const mtime = Number(process.env.SOURCE_DATE_EPOCH) || 0;
const asm = ['/* Generated by scripts/packfiles.js: do not edit. */', '\t.section .rodata'];
entries.forEach((e, i) => {
  asm.push(`bundle_fs_name${i}:`, `\t.asciz "${e.name}"`);
  if (e.file && !e.alias) {
    asm.push('\t.balign 8', `bundle_fs_data${i}:`, `\t.incbin "${e.file}"`, '\t.byte 0');
  }
});
asm.push('\t.balign 8', '\t.globl bundle_fs_mtime', '\t.type bundle_fs_mtime, @object',
  `bundle_fs_mtime:\n\t.quad ${mtime}`, '\t.size bundle_fs_mtime, 8',
  '\t.globl bundle_fs', '\t.type bundle_fs, @object', 'bundle_fs:');
entries.forEach((e, i) => {
  // data 0: a directory (name ends in "/"), or a module packed as written,
  // whose bytes bundle_app already holds under the same name
  const data = e.file && !e.alias ? `bundle_fs_data${i}` : '0';
  asm.push(`\t.quad bundle_fs_name${i}, ${data}, ${e.size}`);
});
asm.push('\t.quad 0, 0, 0', '\t.size bundle_fs, . - bundle_fs', '\t.section .note.GNU-stack,"",@progbits', '');
fs.writeFileSync(path.join(outdir, 'fs.S'), asm.join('\n'));
fs.writeFileSync(path.join(outdir, 'fsfiles'),
  entries.map((e) => `${e.name}\t${e.file || ''}\n`).join(''));
fs.writeFileSync(path.join(outdir, 'fs.txt'),
  entries.map((e) => `${e.size}\t${e.name}${e.module ? '\tmodule' : ''}\n`).join(''));
// mkimage's report (build/NAME.report.txt), where bundle.js started one:
// the files fs sees besides the modules it lists already
const reportFile = path.join(outdir, 'report.txt');
if (fs.existsSync(reportFile)) {
  const own = entries.filter((e) => !e.module);
  const width = Math.min(70, Math.max(0, ...own.map((e) => e.name.length)) + 2);
  const lines = ['', `app files for fs (read-only under /app, besides the modules): ${own.length} files, ` +
    `${own.reduce((a, e) => a + e.size, 0)} bytes`];
  if (!own.length) lines.push('  none');
  for (const e of own) lines.push(`  ${e.name}${' '.repeat(Math.max(1, width - e.name.length))}${String(e.size).padStart(8)}`);
  fs.appendFileSync(reportFile, lines.join('\n') + '\n');
}

const data = entries.filter((e) => e.file && !e.alias);
const bytes = data.reduce((s, e) => s + e.size, 0);
console.log(`files: ${entries.length} under /app, ${bytes} bytes in ${data.length} ` +
  `(the others share the module bundle's bytes); list: ${path.join(outdir, 'fs.txt')}`);
