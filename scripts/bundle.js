#!/usr/bin/env node
// bundle.js: the module graph of an app, resolved at image-build time.
//
//   node scripts/bundle.js [--allow-missing] APPDIR MAIN OUTDIR
//
// Starts at MAIN (relative to APPDIR), finds every require('literal') by
// scanning the source (comments, strings, template literals and regular
// expressions are skipped), resolves each with Node's own algorithm
// (require.resolve: relative paths, node_modules up the tree, package.json
// "main", index.js, .js/.json), and writes:
//   OUTDIR/files         "NAME<TAB>HOSTPATH" per module, main first;
//                        NAME is /app/<path relative to APPDIR>
//   OUTDIR/resolve.json  { NAME: { specifier: NAME } }: the runtime's
//                        require() follows this map, so it resolves exactly
//                        as Node did here
// Core modules (events, http, ...) are left to the runtime. A module that
// cannot be found is an error naming the requiring file and line (exit 1);
// with --allow-missing it is a warning, and require() throws Node's
// MODULE_NOT_FOUND error at run time instead (for code that catches it).
'use strict';
const fs = require('fs');
const path = require('path');
const { builtinModules } = require('module');

const argv = process.argv.slice(2);
const allowMissing = argv[0] === '--allow-missing';
if (allowMissing) argv.shift();
const [appdirArg, mainArg, outdir] = argv;
if (!appdirArg || !mainArg || !outdir) {
  console.error('usage: bundle.js APPDIR MAIN OUTDIR');
  process.exit(2);
}
const appdir = fs.realpathSync(appdirArg);
const core = new Set(builtinModules.concat(builtinModules.map((m) => 'node:' + m)));

// require('x') calls with a literal argument, with their line numbers.
function findRequires(src) {
  const out = [];
  let i = 0, line = 1, prev = '';
  const n = src.length;
  const regexCanFollow = (p) => p === '' || /[(,=:[!&|?{};+\-*%<>~^]$/.test(p) ||
    /^(return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await)$/.test(p);
  while (i < n) {
    const c = src[i];
    if (c === '\n') { line++; i++; continue; }
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '/' && src[i + 1] === '/') { while (i < n && src[i] !== '\n') i++; continue; }
    if (c === '/' && src[i + 1] === '*') {
      i += 2;
      while (i < n && !(src[i] === '*' && src[i + 1] === '/')) { if (src[i] === '\n') line++; i++; }
      i += 2; continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      const q = c; i++;
      while (i < n && src[i] !== q) {
        if (src[i] === '\\') i++;
        else if (src[i] === '\n') line++;
        i++;
      }
      i++; prev = 'str'; continue;
    }
    if (c === '/' && regexCanFollow(prev)) {
      i++;
      let cls = false;
      while (i < n && src[i] !== '\n' && (cls || src[i] !== '/')) {
        if (src[i] === '\\') i++;
        else if (src[i] === '[') cls = true;
        else if (src[i] === ']') cls = false;
        i++;
      }
      i++;
      while (i < n && /[a-z]/i.test(src[i])) i++;
      prev = 'regex'; continue;
    }
    if (/[A-Za-z_$]/.test(c)) {
      let j = i;
      while (j < n && /[\w$]/.test(src[j])) j++;
      const word = src.slice(i, j);
      if (word === 'require' && src[i - 1] !== '.') {
        const m = /^\s*\(\s*(['"])((?:(?!\1)[^\\\n])*)\1\s*\)/.exec(src.slice(j, j + 300));
        if (m) out.push({ spec: m[2], line });
      }
      prev = word; i = j; continue;
    }
    prev = c; i++;
  }
  return out;
}

function nameOf(file) {
  const rel = path.relative(appdir, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return '/app/' + rel.split(path.sep).join('/');
}

const order = [];
const seen = new Map();
const resolve = {};
let failed = false;

function add(file, from) {
  const name = nameOf(file);
  if (!name) {
    console.error(`${from}: ${file} is outside the app directory ${appdir}`);
    failed = true;
    return null;
  }
  if (!seen.has(file)) {
    seen.set(file, name);
    order.push(file);
  }
  return name;
}

let mainFile;
try {
  mainFile = require.resolve(path.resolve(appdir, mainArg));
} catch (e) {
  console.error(`${path.join(appdirArg, mainArg)}: main module not found`);
  process.exit(1);
}
add(fs.realpathSync(mainFile), 'main');
for (let k = 0; k < order.length; k++) {
  const file = order[k];
  if (!file.endsWith('.js') && !file.endsWith('.cjs')) continue;
  let src;
  try {
    src = fs.readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: cannot read: ${e.message}`);
    failed = true;
    continue;
  }
  const map = {};
  for (const { spec, line } of findRequires(src)) {
    if (core.has(spec)) continue;
    let target;
    try {
      target = fs.realpathSync(require.resolve(spec, { paths: [path.dirname(file)] }));
    } catch (e) {
      if (!spec.startsWith('.') && !spec.startsWith('/') && core.has(spec.split('/')[0])) continue;
      console.error(`${path.relative(process.cwd(), file) || file}:${line}: ` +
        `${allowMissing ? 'warning: ' : ''}Cannot find module '${spec}'`);
      if (!allowMissing) failed = true;
      continue;
    }
    const name = add(target, `${file}:${line}`);
    if (name) map[spec] = name;
  }
  if (Object.keys(map).length) resolve[seen.get(file)] = map;
}
if (failed) process.exit(1);
fs.writeFileSync(path.join(outdir, 'files'), order.map((f) => `${seen.get(f)}\t${f}\n`).join(''));
fs.writeFileSync(path.join(outdir, 'resolve.json'), JSON.stringify(resolve));
