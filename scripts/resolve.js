// resolve.js: Node's require() resolution (the CommonJS algorithm of
// https://nodejs.org/api/modules.html#all-together), at image-build time,
// for scripts/bundle.js. Not a command.
//
// It is written out rather than taken from the host's require.resolve so
// that the conditions are exactly require(): "require", "node" and
// "default" (never "import", nor "module-sync", which newer Node versions
// add for require(esm)), whatever node runs the build.
//
//   resolve(spec, fromFile) -> absolute real path of the module file
//   isCore(spec)            -> whether Node has a core module by that name
// Errors: an Error with .code MODULE_NOT_FOUND ("Cannot find module 'x'"),
// ERR_PACKAGE_PATH_NOT_EXPORTED, ERR_PACKAGE_IMPORT_NOT_DEFINED,
// ERR_INVALID_PACKAGE_TARGET or ERR_INVALID_PACKAGE_CONFIG, with Node's
// messages; .pkg names the package.json at fault where there is one.
'use strict';
const fs = require('fs');
const path = require('path');
const { builtinModules } = require('module');

const CONDITIONS = new Set(['require', 'node', 'default']);
const core = new Set(builtinModules);

function isCore(spec) {
  if (spec.startsWith('node:')) return core.has(spec.slice(5)) || spec === 'node:test';
  return core.has(spec);
}

function fail(code, message, pkg) {
  const e = new Error(message);
  e.code = code;
  if (pkg) e.pkg = pkg;
  return e;
}

const isFile = (p) => { try { return fs.statSync(p).isFile(); } catch (e) { return false; } };
const isDir = (p) => { try { return fs.statSync(p).isDirectory(); } catch (e) { return false; } };
const pkgCache = new Map();
function readPkg(dir) {
  const f = path.join(dir, 'package.json');
  if (pkgCache.has(f)) return pkgCache.get(f);
  let pkg = null;
  if (isFile(f)) {
    try {
      pkg = JSON.parse(fs.readFileSync(f, 'utf8'));
    } catch (e) {
      throw fail('ERR_INVALID_PACKAGE_CONFIG', `Invalid package config ${f}: ${e.message}`, f);
    }
    if (pkg === null || typeof pkg !== 'object') pkg = {};
  }
  pkgCache.set(f, pkg);
  return pkg;
}

// The package.json that governs file (Node's "package scope"): its
// directory and contents, or null.
function scopeOf(file) {
  let dir = path.dirname(file);
  for (;;) {
    const pkg = readPkg(dir);
    if (pkg) return { dir, pkg };
    if (path.basename(dir) === 'node_modules') return null;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

function loadAsFile(x) {
  for (const suf of ['', '.js', '.json', '.node'])
    if (isFile(x + suf)) return x + suf;
  return null;
}
function loadIndex(x) {
  for (const suf of ['/index.js', '/index.json', '/index.node'])
    if (isFile(x + suf)) return x + suf;
  return null;
}
function loadAsDirectory(x) {
  const pkg = isDir(x) ? readPkg(x) : null;
  if (pkg && typeof pkg.main === 'string' && pkg.main) {
    const m = path.resolve(x, pkg.main);
    const r = loadAsFile(m) || loadIndex(m);
    if (r) return r;
    // Node falls back to index.js here (DEP0128)
  }
  return loadIndex(x);
}

// PACKAGE_TARGET_RESOLVE: a file path, null (excluded) or undefined (no
// condition matched).
function targetResolve(pkgDir, target, match, isImports, pkgFile, key) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      if (isImports && !target.startsWith('../') && !target.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(target)) {
        // "#x": "some-package/sub": a package, resolved from this one
        const spec = match === null ? target : target.split('*').join(match);
        return { bare: spec };
      }
      throw fail('ERR_INVALID_PACKAGE_TARGET', `Invalid "${isImports ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' in the package config ${pkgFile}`, pkgFile);
    }
    const segs = target.slice(2).split(/[\\/]/);
    if (segs.some((s) => s === '..' || s === '.' || s.toLowerCase() === 'node_modules'))
      throw fail('ERR_INVALID_PACKAGE_TARGET', `Invalid "${isImports ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' in the package config ${pkgFile}`, pkgFile);
    const rel = match === null ? target : target.split('*').join(match);
    return path.join(pkgDir, rel);
  }
  if (Array.isArray(target)) {
    if (!target.length) return null;
    let last;
    for (const t of target) {
      let r;
      try {
        r = targetResolve(pkgDir, t, match, isImports, pkgFile, key);
      } catch (e) {
        if (e.code !== 'ERR_INVALID_PACKAGE_TARGET') throw e;
        last = e;
        continue;
      }
      if (r === undefined) continue;
      return r;
    }
    if (last) throw last;
    return undefined;
  }
  if (target && typeof target === 'object') {
    for (const k of Object.keys(target)) {
      if (/^\d+$/.test(k))
        throw fail('ERR_INVALID_PACKAGE_CONFIG', `Invalid package config ${pkgFile}: "exports" cannot contain numeric property keys.`, pkgFile);
    }
    for (const k of Object.keys(target)) {
      if (!CONDITIONS.has(k)) continue;
      const r = targetResolve(pkgDir, target[k], match, isImports, pkgFile, key);
      if (r === undefined) continue;
      return r;
    }
    return undefined;
  }
  if (target === null) return null;
  throw fail('ERR_INVALID_PACKAGE_TARGET', `Invalid "${isImports ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' in the package config ${pkgFile}`, pkgFile);
}

// PATTERN_KEY_COMPARE order: the longest prefix before "*" first.
function patternCompare(a, b) {
  const ai = a.indexOf('*'), bi = b.indexOf('*');
  const al = ai === -1 ? a.length : ai + 1, bl = bi === -1 ? b.length : bi + 1;
  if (al !== bl) return bl - al;
  if (ai === -1) return 1;
  if (bi === -1) return -1;
  return b.length - a.length;
}

// PACKAGE_IMPORTS_EXPORTS_RESOLVE
function importsExportsResolve(matchKey, matchObj, pkgDir, isImports, pkgFile) {
  if (Object.prototype.hasOwnProperty.call(matchObj, matchKey) && matchKey.indexOf('*') === -1)
    return targetResolve(pkgDir, matchObj[matchKey], null, isImports, pkgFile, matchKey);
  const keys = Object.keys(matchObj).filter((k) => k.split('*').length === 2).sort(patternCompare);
  for (const k of keys) {
    const base = k.slice(0, k.indexOf('*'));
    if (!matchKey.startsWith(base) || matchKey === base) continue;
    const trailer = k.slice(k.indexOf('*') + 1);
    if (trailer === '' || (matchKey.endsWith(trailer) && matchKey.length >= k.length)) {
      const match = matchKey.slice(base.length, matchKey.length - trailer.length);
      return targetResolve(pkgDir, matchObj[k], match, isImports, pkgFile, k);
    }
  }
  return null;
}

function exportsResolve(pkgDir, subpath, exp, pkgFile) {
  const keys = exp && typeof exp === 'object' && !Array.isArray(exp) ? Object.keys(exp) : [];
  const dotKeys = keys.filter((k) => k.startsWith('.'));
  if (dotKeys.length && dotKeys.length !== keys.length)
    throw fail('ERR_INVALID_PACKAGE_CONFIG', `Invalid package config ${pkgFile}. "exports" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.`, pkgFile);
  let r = null;
  if (subpath === '.') {
    const main = typeof exp === 'string' || Array.isArray(exp) || !dotKeys.length ? exp : exp['.'];
    if (main !== undefined) r = targetResolve(pkgDir, main, null, false, pkgFile, '.');
  } else if (dotKeys.length) {
    r = importsExportsResolve(subpath, exp, pkgDir, false, pkgFile);
  }
  if (r === null || r === undefined) {
    throw fail('ERR_PACKAGE_PATH_NOT_EXPORTED', subpath === '.'
      ? `No "exports" main defined in ${pkgFile}`
      : `Package subpath '${subpath}' is not defined by "exports" in ${pkgFile}`, pkgFile);
  }
  return r;
}

// RESOLVE_ESM_MATCH: an exports/imports target must exist as it is.
function esmMatch(r, spec, fromFile) {
  if (r && typeof r === 'object') return resolve(r.bare, fromFile);
  if (!isFile(r)) throw fail('MODULE_NOT_FOUND', `Cannot find module '${r}'`);
  return fs.realpathSync(r);
}

function splitName(spec) {
  const parts = spec.split('/');
  const n = spec.startsWith('@') ? 2 : 1;
  if (parts.length < n || (n === 2 && !parts[1])) return null;
  return { name: parts.slice(0, n).join('/'), sub: parts.length > n ? './' + parts.slice(n).join('/') : '.' };
}

function nodeModulesPaths(start) {
  const out = [];
  let dir = start;
  for (;;) {
    if (path.basename(dir) !== 'node_modules') out.push(path.join(dir, 'node_modules'));
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return out;
}

function resolve(spec, fromFile) {
  const dir = path.dirname(fromFile);
  let r = null;
  if (spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..' || spec.startsWith('/')) {
    const x = path.resolve(dir, spec);
    r = (spec.endsWith('/') ? null : loadAsFile(x)) || loadAsDirectory(x);
  } else if (spec.startsWith('#')) {
    // LOAD_PACKAGE_IMPORTS
    const scope = scopeOf(fromFile);
    if (scope && scope.pkg.imports && typeof scope.pkg.imports === 'object') {
      const pkgFile = path.join(scope.dir, 'package.json');
      if (spec === '#' || spec.startsWith('#/'))
        throw fail('ERR_INVALID_MODULE_SPECIFIER', `Invalid module "${spec}" is not a valid internal imports specifier name in ${pkgFile}`, pkgFile);
      const m = importsExportsResolve(spec, scope.pkg.imports, scope.dir, true, pkgFile);
      if (m === null || m === undefined)
        throw fail('ERR_PACKAGE_IMPORT_NOT_DEFINED', `Package import specifier "${spec}" is not defined in package ${pkgFile}`, pkgFile);
      return esmMatch(m, spec, fromFile);
    }
  } else {
    const nm = splitName(spec);
    if (nm) {
      // LOAD_PACKAGE_SELF
      const scope = scopeOf(fromFile);
      if (scope && scope.pkg.exports !== undefined && scope.pkg.name === nm.name)
        return esmMatch(exportsResolve(scope.dir, nm.sub, scope.pkg.exports, path.join(scope.dir, 'package.json')), spec, fromFile);
      // LOAD_NODE_MODULES
      for (const d of nodeModulesPaths(dir)) {
        const pkgDir = path.join(d, nm.name);
        const pkg = isDir(pkgDir) ? readPkg(pkgDir) : null;
        if (pkg && pkg.exports !== undefined && pkg.exports !== null)
          return esmMatch(exportsResolve(pkgDir, nm.sub, pkg.exports, path.join(pkgDir, 'package.json')), spec, fromFile);
        const x = path.join(d, spec);
        r = loadAsFile(x) || loadAsDirectory(x);
        if (r) break;
      }
    }
  }
  if (!r) throw fail('MODULE_NOT_FOUND', `Cannot find module '${spec}'`);
  return fs.realpathSync(r);
}

exports.resolve = resolve;
exports.isCore = isCore;
exports.scopeOf = scopeOf;
