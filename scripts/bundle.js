#!/usr/bin/env node
// bundle.js: the module graph of an app, resolved at image-build time.
//
//   node scripts/bundle.js [--allow-missing] [--require NAME]... [--entry FILE]...
//                          APPDIR MAIN OUTDIR
//
// Starts at MAIN (relative to APPDIR), finds every require('literal') by
// scanning the source (comments, strings, template literals and regular
// expressions are skipped), resolves each as Node's require() does
// (scripts/resolve.js: relative paths, node_modules up the tree,
// package.json "main", "exports" and "imports" with the require/node/
// default conditions, index.js, .js/.json), and writes:
//   OUTDIR/files         "NAME<TAB>HOSTPATH" per module, main first;
//                        NAME is /app/<path relative to APPDIR>
//   OUTDIR/resolve.json  { NAME: { specifier: NAME } }: the runtime's
//                        require() follows this map, so it resolves exactly
//                        as Node did here
//   OUTDIR/report.txt    what is packed and why (mkimage.sh completes it)
// --entry FILE (relative to APPDIR) is another main module: packed with
// its module graph, listed after MAIN (an image boots it with
// main=/app/FILE; tests/js/image-runner.sh packs all its cases so).
// Core modules (events, http, ...) are left to the runtime. A module that
// cannot be found, or a core module unijs lacks (no js/lib/NAME.js), is an
// error naming the requiring file and line (exit 1); with --allow-missing
// it is a warning, and require() throws Node's MODULE_NOT_FOUND error at
// run time instead. A require() inside a try block (an optional
// dependency) is never an error: packed if found, else it throws when run,
// as in Node. The app's node_modules is read, never installed or changed.
//
// Modern syntax: an ES module (.mjs, or .js under "type": "module") is
// lowered to CommonJS. Each other .js module is first tried with the image's own
// parser (build/host/jscheck, mujs). One mujs parses is packed as it is,
// unless it names a built-in mujs lacks (Promise, Map, ...): then the
// require()s of the core-js modules it uses are put on its line 1. One
// mujs cannot parse is lowered to ES5 by scripts/lower.js (Babel), lines
// kept; a syntax error there is "file:line: SyntaxError: message" for the
// original file. Lowered or changed modules are written to OUTDIR/lowered/
// and files names those copies. What the compiler adds (core-js,
// @babel/runtime, js/polyfills) is resolved from build/tools and packed as
// /unijs/node_modules/... and /unijs/polyfills/...; so an ES5 app that
// names no such built-in pays nothing for any of it.
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { spawnSync } = require('child_process');
const lower = require('./lower.js');
const resolver = require('./resolve.js');

const top = path.join(__dirname, '..');
const TOOLS = process.env.UNIJS_TOOLS || path.join(top, 'build', 'tools');
const TOOL_MODULES = path.join(TOOLS, 'node_modules');
const POLYFILLS = path.join(top, 'js', 'polyfills');
const JSCHECK = process.env.UNIJS_JSCHECK || path.join(top, 'build', 'host', 'jscheck');
const realOrSelf = (p) => { try { return fs.realpathSync(p); } catch (e) { return p; } };
const toolModules = realOrSelf(TOOL_MODULES);
const polyfills = realOrSelf(POLYFILLS);

const argv = process.argv.slice(2);
// --require NAME: a package the app loads by a computed name (express's
// view engines: require(ext) in express/lib/view.js), packed as if the
// app's main module required it and found from any file (resolve.json's
// "*" entry)
let allowMissing = false;
const extraRequires = [];
const entries = [];
while (argv[0] && argv[0].startsWith('--')) {
  const opt = argv.shift();
  if (opt === '--allow-missing') allowMissing = true;
  else if (opt === '--require' && argv.length) extraRequires.push(argv.shift());
  else if (opt === '--entry' && argv.length) entries.push(argv.shift());
  else { console.error(`bundle.js: unknown option ${opt}`); process.exit(2); }
}
const [appdirArg, mainArg, outdir] = argv;
if (!appdirArg || !mainArg || !outdir) {
  console.error('usage: bundle.js [--allow-missing] [--require NAME]... [--entry FILE]... APPDIR MAIN OUTDIR');
  process.exit(2);
}
const appdir = fs.realpathSync(appdirArg);
// package.json "unijs": { "require": [NAME...] } is --require NAME
try {
  const u = JSON.parse(fs.readFileSync(path.join(appdir, 'package.json'), 'utf8')).unijs;
  if (u && Array.isArray(u.require)) for (const r of u.require) if (typeof r === 'string') extraRequires.push(r);
} catch (e) { /* no package.json: nothing named */ }
const requiredBy = new Map();

// require('x') calls with a literal argument, with their line numbers and
// whether they sit in a try block (an optional dependency, as
// supports-color's or encoding's: not finding it is not a build error).
function findRequires(src) {
  const out = [];
  let i = 0, line = 1, prev = '';
  const n = src.length;
  // brace depth, and the depths at which open try blocks started
  let depth = 0, tryAt = -1;
  const tries = [];
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
        if (m) out.push({ spec: m[2], line, inTry: tries.length > 0 });
      }
      if (word === 'try' && src[i - 1] !== '.') tryAt = depth;
      prev = word; i = j; continue;
    }
    if (c === '{') {
      if (tryAt === depth && prev === 'try') tries.push(depth);
      tryAt = -1;
      depth++;
    } else if (c === '}') {
      depth--;
      if (tries.length && tries[tries.length - 1] === depth) tries.pop();
    }
    prev = c; i++;
  }
  return out;
}

// new Worker(...) with a file name bundle.js can work out (see its use)
function findWorkers(src) {
  const out = [];
  const re = /\bnew\s+(?:[\w$]+\s*\.\s*)?Worker\s*\(\s*(?:(['"])(\.{1,2}\/[^'"\n]*)\1|(?:path\s*\.\s*(?:join|resolve)\s*\(\s*__dirname\s*,\s*(['"])([^'"\n]+)\3\s*\))|__dirname\s*\+\s*(['"])\/([^'"\n]+)\5)/g;
  let m;
  while ((m = re.exec(src))) {
    const line = src.slice(0, m.index).split('\n').length;
    if (m[2] !== undefined) out.push({ spec: m[2], rel: 'cwd', line });
    else if (m[4] !== undefined) out.push({ spec: m[4], rel: 'file', line });
    else out.push({ spec: m[6], rel: 'file', line });
  }
  return out;
}

const inside = (dir, file) => {
  const rel = path.relative(dir, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? null : rel.split(path.sep).join('/');
};
function nameOf(file) {
  let rel = inside(appdir, file);
  if (rel !== null) return '/app/' + rel;
  if ((rel = inside(toolModules, file)) !== null) return '/unijs/node_modules/' + rel;
  if ((rel = inside(polyfills, file)) !== null) return '/unijs/polyfills/' + rel;
  return null;
}
const shown = (file) => path.relative(process.cwd(), file) || file;

// mujs's verdict on a file: null when it parses, else jscheck's message.
// With src (the file's contents) the verdict is cached like the
// compiler's, keyed also by the jscheck binary (a mujs patch can change
// it): a package of hundreds of files costs hundreds of spawns otherwise.
let jscheckSalt = null;
function mujsError(file, src) {
  if (!fs.existsSync(JSCHECK)) return null; // mkimage.sh's own pass reports it
  const check = () => {
    const r = spawnSync(JSCHECK, [file], { encoding: 'utf8' });
    return { err: r.status === 0 ? null : (r.stderr || 'SyntaxError').trim() };
  };
  if (src === undefined) return check().err;
  if (jscheckSalt === null) jscheckSalt = crypto.createHash('sha256').update(fs.readFileSync(JSCHECK)).digest('hex');
  return cached('mujs ' + jscheckSalt, src, file, check).err;
}

// Compiler results are kept in build/tools/cache, keyed by the source, the
// lowering code and the pinned tools, so that rebuilding an image only
// runs the compiler on what changed.
let cacheSalt = null;
function cached(kind, src, file, fn) {
  if (cacheSalt === null) {
    const h = crypto.createHash('sha256');
    h.update(fs.readFileSync(path.join(__dirname, 'lower.js')));
    try { h.update(fs.readFileSync(path.join(TOOLS, 'package-lock.json'))); } catch (e) { /* none */ }
    cacheSalt = h.digest('hex');
  }
  const key = crypto.createHash('sha256').update(cacheSalt + kind + '\0' + file + '\0' + src).digest('hex');
  const dir = path.join(TOOLS, 'cache');
  const f = path.join(dir, key.slice(0, 32) + '.json');
  try { return JSON.parse(fs.readFileSync(f, 'utf8')); } catch (e) { /* not cached */ }
  const r = fn();
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(f + '.tmp' + process.pid, JSON.stringify(r));
    fs.renameSync(f + '.tmp' + process.pid, f);
  } catch (e) { /* a cache that cannot be written is no cache */ }
  return r;
}

// The specifier the compiler added, resolved from build/tools.
function resolveInjected(spec) {
  if (spec.startsWith('unijs-polyfills/')) return path.join(polyfills, spec.slice(16) + '.js');
  return fs.realpathSync(require.resolve(spec, { paths: [toolModules] }));
}

let lowered = 0;
function writeLowered(file, code) {
  const dir = path.join(outdir, 'lowered');
  fs.mkdirSync(dir, { recursive: true });
  const out = path.join(dir, (lowered++) + '-' + path.basename(file));
  fs.writeFileSync(out, code);
  return out;
}

// Makes file ready for mujs; returns { src, injected, packed } (packed:
// the host file to pack) or null after printing an error.
function prepare(file, src, esm) {
  const ours = inside(toolModules, file);
  if (ours !== null && ours.startsWith('core-js/')) return { src, injected: [], packed: file };
  const bad = esm ? 'an ES module' : mujsError(file, src);
  let r;
  try {
    if (esm) {
      r = cached('lower-esm', src, file, () => lower.lower(src, file, { module: true }));
    } else if (!bad) {
      // A module that requires worker_threads gets Promises from
      // terminate(): it gets them as if it named them (the probe line at
      // the end names it; it is packed too, harmless). The Maps and Sets
      // a message may hold are the engine's (patches/mujs/0217).
      const clones = ours === null && /require\(\s*['"](node:)?worker_threads['"]\s*\)/.test(src);
      if (!clones && !lower.mentionsBuiltins(src)) return { src, injected: [], packed: file };
      if (clones) src += '\n;void [Promise];\n';
      r = cached('polyfill', src, file, () => lower.polyfillsFor(src, file));
      // Babel's helpers test for Symbol, Reflect, ... before using them:
      // only what they cannot do without (Promise, Array.from) is supplied.
      const needed = (s) => /promise|es\.array\.from|es\.string\.iterator/.test(s);
      if (ours !== null && r.injected.length && !r.injected.every(needed)) {
        const keep = r.injected.filter(needed);
        r = { injected: keep, code: keep.length ? lower.insert(src, keep) : src, why: r.why, bigint: r.bigint };
      }
      if (!r.injected.length) return { src, injected: [], packed: file, bigint: r.bigint };
    } else {
      r = cached('lower', src, file, () => lower.lower(src, file));
    }
  } catch (e) {
    if (e instanceof SyntaxError && e.line !== undefined) {
      // Where Babel only noticed at the end of the file, mujs's line (its
      // first complaint) is nearer the mistake. (mujs's "ES2015 syntax
      // (...)" names what it refuses in files, not the mistake: Babel's
      // words then.)
      const m = bad && e.atEnd && /^[^\n]*?:(\d+): SyntaxError: ([^\n]*)/.exec(bad);
      if (m && Number(m[1]) < e.line) console.error(`${shown(file)}:${m[1]}: SyntaxError: ${/^ES2015 syntax/.test(m[2]) ? e.reason : m[2]}`);
      else console.error(`${shown(file)}:${e.line}: SyntaxError: ${e.reason}`);
    } else if (e.code === 'UNIJS_NO_TOOLS') {
      console.error(`${bad || shown(file)}\n${shown(file)}: ${e.message}`);
    } else {
      console.error(`${shown(file)}: cannot compile: ${e.stack || e.message}`);
    }
    return null;
  }
  const packed = writeLowered(file, r.code);
  const still = bad && mujsError(packed);
  if (still) {
    // retainLines keeps line numbers: name the original file
    const m = /^[^\n]*?:(\d+): (.*)$/.exec(still.split('\n')[0]);
    console.error(`${shown(file)}:${m ? m[1] + ': ' + m[2] : ' ' + still} (after lowering to ES5)`);
    return null;
  }
  // the compiler's helpers (@babel/runtime) come with the compiler
  return { src: r.code, injected: r.injected, packed, lowered: !!bad, why: r.why, bigint: r.bigint };
}

const order = [];
const seen = new Map();
const packedAs = new Map();
const resolve = {};
// for the report: why each compiler-added module is packed, which module
// brought each file in (core-js files: the polyfill they belong to),
// optional requires that were not found, warnings
const why = new Map();
const origin = new Map();
const optionalMissing = [];
const warnings = [];
let failed = false;

const warn = (msg) => { console.error(msg); warnings.push(msg); };

function add(file, from, via) {
  const name = nameOf(file);
  if (!name) {
    console.error(`${from}: ${file} is outside the app directory ${appdir}`);
    failed = true;
    return null;
  }
  if (!seen.has(file)) {
    seen.set(file, name);
    order.push(file);
    if (via) origin.set(file, via);
  }
  return name;
}

// The app's dependencies are the app's to install (npm ci): the build
// never runs npm over node_modules; it says when they are missing.
const lock = path.join(appdir, 'package-lock.json');
let lockPackages = 0;
try { lockPackages = Object.keys(JSON.parse(fs.readFileSync(lock, 'utf8')).packages || {}).filter((k) => k).length; } catch (e) { /* no lockfile */ }
const installed = fs.existsSync(path.join(appdir, 'node_modules'));
const notInstalled = lockPackages > 0 && !installed;
if (lockPackages > 0 && installed) {
  const stamp = path.join(appdir, 'node_modules', '.package-lock.json');
  if (fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs < fs.statSync(lock).mtimeMs)
    warn(`${shown(lock)}: warning: newer than node_modules: run 'npm ci' in ${shown(appdir)} if the dependencies changed`);
}

// The core modules unijs has (js/lib/NAME.js), as require() names them.
const LIB = path.join(top, 'js', 'lib');
function unijsHas(spec) {
  const name = spec.startsWith('node:') ? spec.slice(5) : spec;
  if (name === 'process' || name === 'console') return true;
  return !name.startsWith('internal') && fs.existsSync(path.join(LIB, name + '.js'));
}

// An ES module: .mjs, or .js under a package.json with "type": "module".
function isESM(file) {
  if (file.endsWith('.mjs')) return true;
  if (!file.endsWith('.js')) return false;
  const scope = resolver.scopeOf(file);
  return !!(scope && scope.pkg.type === 'module');
}

let mainFile;
try {
  mainFile = resolver.resolve(path.resolve(appdir, mainArg), path.join(appdir, 'package.json'));
} catch (e) {
  console.error(`${path.join(appdirArg, mainArg)}: main module not found`);
  process.exit(1);
}
add(mainFile, 'main');
for (const e of entries) {
  let f;
  try {
    f = resolver.resolve(path.resolve(appdir, e), path.join(appdir, 'package.json'));
  } catch (err) {
    console.error(`--entry ${e}: not found in ${shown(appdir)}`);
    failed = true;
    continue;
  }
  if (!requiredBy.has(f)) requiredBy.set(f, `--entry ${e}`);
  add(f, `--entry ${e}`);
}
const anyFile = {};
for (const spec of extraRequires) {
  let target;
  try {
    if (resolver.isCore(spec)) throw Object.assign(new Error(`'${spec}' is a core module: use --core`), { code: 'CORE' });
    target = resolver.resolve(spec, path.join(appdir, 'package.json'));
  } catch (e) {
    console.error(`--require ${spec}: ${e.code === 'MODULE_NOT_FOUND' ? `Cannot find module '${spec}' from ${shown(appdir)}` : e.message}`);
    failed = true;
    continue;
  }
  if (!requiredBy.has(target)) requiredBy.set(target, `--require ${spec}`);
  const name = add(target, `--require ${spec}`);
  anyFile[spec] = name || seen.get(target);
}
for (let k = 0; k < order.length; k++) {
  const file = order[k];
  if (file.endsWith('.node')) {
    console.error(`${shown(file)}: a native addon (compiled C++ for Node) cannot run in unijs` +
      ` (required by ${requiredBy.get(file) || 'the app'}); use a package in JavaScript instead`);
    failed = true;
    continue;
  }
  if (!/\.(js|cjs|mjs)$/.test(file)) continue;
  let src;
  try {
    src = fs.readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: cannot read: ${e.message}`);
    failed = true;
    continue;
  }
  const prep = prepare(file, src, isESM(file));
  if (!prep) {
    failed = true;
    continue;
  }
  if (prep.bigint) {
    for (const p of lower.bigintProblems(prep.bigint)) {
      const msg = `${shown(file)}:${p.line}: ${p.error ? '' : 'warning: '}${p.message}`;
      if (p.error) { console.error(msg); failed = true; } else warn(msg);
    }
  }
  packedAs.set(file, prep.packed);
  const injected = new Set(prep.injected);
  const map = {};
  const via = origin.get(file);
  // try blocks as written: lowering turns those of async functions and
  // generators into a state machine (lines are kept, so line and name
  // find the same require)
  const triedAt = new Set();
  if (prep.lowered || prep.src !== src)
    for (const r of findRequires(src)) if (r.inTry) triedAt.add(r.line + '\0' + r.spec);
  for (const req of findRequires(prep.src)) {
    const { spec, line } = req;
    const inTry = req.inTry || triedAt.has(line + '\0' + spec);
    if (prep.lowered && spec.startsWith('@babel/runtime/')) injected.add(spec);
    const at = `${shown(file)}:${line}`;
    if (!injected.has(spec) && resolver.isCore(spec)) {
      if (unijsHas(spec) || inTry) continue;
      const msg = `${at}: ${allowMissing ? 'warning: ' : ''}require('${spec}'): unijs has no core module '${spec.replace(/^node:/, '')}'` +
        ' (docs/modules.md lists those it has): remove the require, put it in a try block' +
        ' if the code can do without it, or build with --allow-missing to fail at run time';
      if (allowMissing) warn(msg);
      else { console.error(msg); failed = true; }
      continue;
    }
    let target;
    try {
      target = injected.has(spec) ? resolveInjected(spec) : resolver.resolve(spec, file);
    } catch (e) {
      if (inTry && /^(MODULE_NOT_FOUND|ERR_PACKAGE_PATH_NOT_EXPORTED|ERR_PACKAGE_IMPORT_NOT_DEFINED)$/.test(e.code)) {
        // Node's own behaviour: the require throws, the code catches it
        // (here always with MODULE_NOT_FOUND: the runtime has no map entry)
        optionalMissing.push(`${spec} (${seen.get(file)}:${line}, in a try block${e.code === 'MODULE_NOT_FOUND' ? '' : ': ' + e.code})`);
        continue;
      }
      let msg = e.code === 'MODULE_NOT_FOUND' ? `Cannot find module '${spec}'` : e.message.split(appdir + '/').join('');
      if (notInstalled && e.code === 'MODULE_NOT_FOUND' && !spec.startsWith('.') && !spec.startsWith('/'))
        msg += ` (the app's dependencies are not installed: run 'npm ci' in ${shown(appdir)})`;
      if (allowMissing && e.code === 'MODULE_NOT_FOUND') warn(`${at}: warning: ${msg}`);
      else { console.error(`${at}: ${msg}`); failed = true; }
      continue;
    }
    if (injected.has(spec) && !why.has(spec)) {
      const l = prep.why && prep.why[spec];
      why.set(spec, l ? `${seen.get(file)}:${l}` : seen.get(file));
    }
    if (!requiredBy.has(target)) requiredBy.set(target, at);
    const name = add(target, at, injected.has(spec) && spec.startsWith('core-js/') ? spec : via);
    if (name) map[spec] = name;
  }
  if (Object.keys(map).length) resolve[seen.get(file)] = map;
  // worker_threads entry files: new Worker('./w.js') (relative to the
  // working directory, which is /app in the image, the app directory
  // here) or new Worker(path.join(__dirname, 'w.js')), path.resolve or
  // __dirname + '/w.js' (relative to this file): packed as if required.
  // A name built otherwise: package.json "unijs": { "require": [...] }.
  for (const w of findWorkers(prep.src)) {
    const base = w.rel === 'cwd' ? appdir : path.dirname(file);
    const target = path.resolve(base, w.spec);
    const at = `${shown(file)}:${w.line}`;
    if (!fs.existsSync(target)) {
      console.error(`${at}: new Worker('${w.spec}'): ${shown(target)} not found`);
      failed = true;
      continue;
    }
    if (!requiredBy.has(target)) requiredBy.set(target, at);
    add(fs.realpathSync(target), at, via);
  }
}
if (failed) process.exit(1);

// The runtime resolves "./x" and "../x" itself (X, X.js, X.json,
// X/index.js, X/index.json among the packed names); the map keeps only
// what that would get wrong, so that it stays small to parse.
const names = new Set(seen.values());
function runtimeResolves(from, spec) {
  const parts = (from.slice(0, from.lastIndexOf('/')) + '/' + spec).split('/');
  const out = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop(); else out.push(p);
  }
  const base = '/' + out.join('/');
  for (const suf of ['', '.js', '.json', '/index.js', '/index.json'])
    if (names.has(base + suf)) return base + suf;
  return null;
}
for (const from of Object.keys(resolve)) {
  const map = resolve[from];
  for (const spec of Object.keys(map))
    if ((spec.startsWith('./') || spec.startsWith('../')) && runtimeResolves(from, spec) === map[spec])
      delete map[spec];
  if (!Object.keys(map).length) delete resolve[from];
}
fs.writeFileSync(path.join(outdir, 'files'),
  order.map((f) => `${seen.get(f)}\t${packedAs.get(f) || f}\n`).join(''));
if (Object.keys(anyFile).length) resolve['*'] = anyFile;
fs.writeFileSync(path.join(outdir, 'resolve.json'), JSON.stringify(resolve));
writeReport();

// OUTDIR/report.txt: what is packed and why (mkimage.sh adds the core
// modules and the image sizes, and keeps it as build/NAME.report.txt).
function writeReport() {
  const size = (f) => fs.statSync(packedAs.get(f) || f).size;
  const pad = (str, n) => str + ' '.repeat(Math.max(1, n - str.length));
  const lines = [];
  const app = order.filter((f) => seen.get(f).startsWith('/app/'));
  const added = order.filter((f) => !seen.get(f).startsWith('/app/'));
  const sum = (fs_) => fs_.reduce((a, f) => a + size(f), 0);
  lines.push(`modules: ${app.length} files, ${sum(app)} bytes packed` +
    ' (after lowering; "lowered" marks modules Babel rewrote, "+polyfills" those given core-js requires)');
  const width = Math.min(70, Math.max(...order.map((f) => seen.get(f).length)) + 2);
  for (const f of app) {
    const p = packedAs.get(f);
    const mark = p && p !== f ? (fs.readFileSync(p, 'utf8').startsWith('require("') ? ' +polyfills' : ' lowered') : '';
    lines.push(`  ${pad(seen.get(f), width)}${String(size(f)).padStart(8)}${mark}`);
  }
  lines.push('');
  lines.push(`polyfills and compiler helpers: ${added.length} files, ${sum(added)} bytes` +
    (added.some((f) => origin.has(f)) ? ' (the first core-js module listed also carries core-js\'s shared internals)' : ''));
  if (!added.length) lines.push('  none');
  // each polyfill with the files it brought in and the first use that asked for it
  const groups = new Map();
  for (const f of added) {
    const key = origin.get(f) || (seen.get(f).startsWith('/unijs/node_modules/@babel/') ? '@babel/runtime helpers' : seen.get(f));
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(f);
  }
  for (const [key, files] of groups) {
    const w = why.get(key) || (key.startsWith('/unijs/polyfills/') ? why.get('unijs-polyfills/' + path.basename(key, '.js')) : '');
    lines.push(`  ${pad(key.replace(/^core-js\/modules\//, 'core-js '), 44)}${String(files.length).padStart(4)} files${String(sum(files)).padStart(8)} bytes` +
      (w ? `  first use: ${w}` : ''));
  }
  if (optionalMissing.length) {
    lines.push('');
    lines.push('optional requires not found (they throw MODULE_NOT_FOUND when run, as in Node):');
    for (const m of optionalMissing) lines.push('  ' + m);
  }
  if (warnings.length) {
    lines.push('');
    lines.push('warnings:');
    for (const m of warnings) lines.push('  ' + m);
  }
  fs.writeFileSync(path.join(outdir, 'report.txt'), lines.join('\n') + '\n');
}
