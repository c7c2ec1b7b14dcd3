// lower.js: modern JavaScript (ES2015-ES2022) to the ES5 mujs runs, at
// image-build time. Used by scripts/bundle.js for each module that mujs
// cannot parse as it is; not a command.
//
// The compiler is Babel (@babel/preset-env targeting ES5), pinned by
// tools/package-lock.json and installed by scripts/setup.sh into
// build/tools/node_modules. Built-ins mujs lacks come from core-js, only
// those a module uses (babel-plugin-polyfill-corejs3, "usage-global"), and
// the compiler's helpers and regenerator from @babel/runtime, shared by all
// modules; both are packed from build/tools as /unijs/node_modules/...
//
// Lines are kept (retainLines): line N of the output is line N of the
// source, so stack traces point at the original lines. Injected require()s
// go on line 1.
//
//   lower(src, file)            -> { code, injected: [specifier...] }
//   polyfillsFor(src, file)     -> [specifier...] for ES5 source that uses
//                                  built-ins mujs lacks (no transform)
//   mentionsBuiltins(src)       -> whether polyfillsFor can find anything
// Both results also carry why: { specifier: line of the first use that
// asked for it } (for mkimage.sh's report), and bigint: [{ line, what }],
// the uses of BigInt (which mujs lacks) with bigintTested: whether the
// module feature-tests `typeof BigInt` (see exports.bigintProblems).
// Errors: a SyntaxError with .file, .line and .reason (Babel's message
// without its position).
'use strict';
const path = require('path');
const fs = require('fs');

const TOOLS = process.env.UNIJS_TOOLS || path.join(__dirname, '..', 'build', 'tools');
const MODULES = path.join(TOOLS, 'node_modules');

// ES5 mujs already has these; core-js would replace them for spec fixes
// that ES5 programs never see (named groups, sticky regexps, sort
// stability, well-formed JSON, ...) at a cost in boot time.
// es.object.to-string too since the engine's Object.prototype.toString
// honours Symbol.toStringTag (patches/mujs/0213), which core-js's Map,
// Set, WeakMap, ... carry (@hapi/hoek's clone, so joi, tells a Map by
// "[object Map]").
const NATIVE_ENOUGH = new RegExp('^es\\.(' + [
  'array\\.(concat|every|filter|for-each|index-of|is-array|join|last-index-of|map|push|reduce|' +
    'reduce-right|reverse|slice|some|sort|splice|unshift|to-string)',
  // the engine's own, in C (patches/mujs/0212-es2015-builtins.patch)
  'array\\.(includes|find|find-index|find-last|find-last-index|fill|at)',
  'string\\.(starts-with|ends-with|includes|repeat|pad-start|pad-end|trim-start|trim-end|trim-left|' +
    'trim-right|at-alternative)',
  'object\\.(assign|entries|values|is|has-own)',
  'number\\.(is-finite|is-nan|is-integer|is-safe-integer|epsilon|max-safe-integer|min-safe-integer)',
  'math\\.(trunc|sign|log2|log10|cbrt|hypot|clz32|imul|fround|expm1|log1p|sinh|cosh|tanh|asinh|' +
    'acosh|atanh)',
  'date\\.(now|to-iso-string|to-json|to-primitive|to-string)', 'error\\..*', 'function\\.(bind|has-instance)', 'json\\..*',
  'number\\.(constructor|to-fixed|to-precision|to-exponential)',
  'object\\.(create|define-properties|define-property|freeze|get-own-property-descriptor|' +
    'get-own-property-names|get-prototype-of|is-extensible|is-frozen|is-sealed|keys|' +
    'prevent-extensions|seal|proto|define-getter|define-setter|lookup-getter|lookup-setter)',
  'parse-float', 'parse-int', 'regexp\\..*', 'escape', 'unescape',
  'string\\.(match|replace|search|split|trim|substr)',
  'global-this', 'aggregate-error(\\.constructor|\\.cause)?',
  // the runtime's own, in C (js/binding_promise.c)
  'promise(\\.(constructor|all|all-settled|any|race|reject|resolve|catch|finally|with-resolvers))?',
  // the engine's own, in C (patches/mujs/0217-collections.patch); core-js's
  // ES2025 Set methods (es.set.*.v2), groupBy and getOrInsert stay its own,
  // on top of these
  '(map|set|weak-map|weak-set)(\\.constructor)?',
  // the engine's own, in C (patches/mujs/0060-typed-arrays.patch)
  'array-buffer(\\..*)?', 'data-view(\\..*)?', 'typed-array\\..*',
  // the engine's own Symbol (patches/mujs/0213-symbol.patch): every
  // well-known symbol, Symbol.for, keyFor, description; core-js's
  // iterators and collections take it as native
  'symbol(\\..*)?', 'object\\.(to-string|get-own-property-symbols)', 'math\\.to-string-tag',
  // the engine's own, in C (patches/mujs/0003 and 0219-iterators-reflect.patch);
  // not Reflect.construct (see 0219)
  'object\\.set-prototype-of', 'function\\.name', 'array\\.iterator', 'string\\.iterator',
  'reflect\\.(apply|define-property|delete-property|get|get-own-property-descriptor|get-prototype-of|' +
    'has|is-extensible|own-keys|prevent-extensions|set|set-prototype-of|to-string-tag)'
].join('|') + ')$');
// What mujs lacks although ES5 engines (the ie 9 target) have it: the rest
// of Annex B (the HTML string methods, getYear, setYear, toGMTString). The
// provider would not ask for these by the target alone: they are packed
// wherever code uses them. Where mujs gains one natively (a patch), move it
// to NATIVE_ENOUGH (patches 0043 did so for substr, escape, unescape,
// __defineGetter__ and friends, and globalThis).
const MUJS_LACKS = new RegExp('^es\\.(' + [
  'string\\.(anchor|big|blink|bold|fixed|fontcolor|fontsize|italics|link|small|strike|sub|sup)',
  'date\\.(get-year|set-year|to-gmt-string)'
].join('|') + ')$');
// Proposals, web platform APIs and iterator helpers are not provided.
const NOT_PROVIDED = /^(esnext\.|web\.)/;
// ES2025 iterator helpers (Iterator.prototype.map, .find, ...): the
// provider asks for them at every `x.map(`, `x.find(`, `x.forEach(` it
// cannot prove is not an iterator, and es.iterator.constructor alone
// brings ~90 core-js files. ES5 code and code lowered from it never has
// an iterator helper to call unless it names the global Iterator, so
// they are packed only for a module that does (see unijsPlugin).
const ITERATOR_HELPER = /^core-js\/modules\/es\.iterator\./;

// Words that may name a built-in core-js supplies: an ES5 module without
// any is packed without running the compiler at all.
// (Typed arrays, ArrayBuffer, DataView, substr, escape and globalThis are
// the engine's own.)
// (And, since patch 0212, includes, find, fill, at, assign, the String
// methods startsWith to trimRight, Object.is and hasOwn, the Number and
// Math functions of ES2015: every module such a word may ask for is the
// engine's own. entries and values stay: Map, Set and Array iterators.
// Since 0213 getOwnPropertySymbols; Symbol stays: Symbol.iterator asks
// for the Array and String iterators too.)
const BUILTIN_WORDS = new RegExp('\\b(Promise|Map|Set|WeakMap|WeakSet|Symbol|Reflect|Proxy|' +
  'BigInt|getYear|setYear|toGMTString)\\b|' +
  '\\.(entries|values|fromEntries|from|of|' +
  'flat|flatMap|copyWithin|codePointAt|fromCodePoint|normalize|matchAll|replaceAll|' +
  'getOwnPropertyDescriptors|setPrototypeOf)\\b');

let babel = null;
let versions = null;

function loadTools() {
  if (babel) return;
  const core = path.join(MODULES, '@babel', 'core');
  if (!fs.existsSync(core)) {
    const e = new Error('the compiler for modern syntax is not installed (' + MODULES +
      '): run sh scripts/setup.sh');
    e.code = 'UNIJS_NO_TOOLS';
    throw e;
  }
  babel = require(core);
  versions = {
    corejs: require(path.join(MODULES, 'core-js', 'package.json')).version,
    runtime: require(path.join(MODULES, '@babel', 'runtime', 'package.json')).version
  };
}

// Where the provider is in the source when it asks for a polyfill: set
// by locatorPlugin (which runs before it on every node), read by
// shouldInject to record the first line that needed each module.
let currentLine = 0;
let firstUse = null;
// The global name the provider is looking at, when it is one: Map, Set,
// WeakMap and WeakSet are the engine's (patches/mujs/0217), and what the
// provider would pack with them (core-js's iterators for new Map(array),
// its Object.prototype.toString, the ES2025 Set methods) the engine's
// constructors and prototypes do not need; a program's own x.union(y),
// arr.values() or obj.toString() still get theirs from that expression.
let currentName = null;
const NATIVE_GLOBAL = /^(Map|Set|WeakMap|WeakSet)$/;
function shouldInject(name, byDefault) {
  const native = currentName !== null && NATIVE_GLOBAL.test(currentName);
  if (native && scan) scan.native = true; // (see usesIterable)
  const yes = (byDefault || MUJS_LACKS.test(name)) && !NATIVE_ENOUGH.test(name) && !NOT_PROVIDED.test(name) && !native;
  if (yes && firstUse) {
    const spec = 'core-js/modules/' + name + '.js';
    if (!(spec in firstUse)) firstUse[spec] = currentLine;
  }
  return yes;
}
// What the source itself does, seen before any transform rewrites it
// (preset-env turns [...a] into a helper call before a later visitor
// would see the SpreadElement): iteration (first line), the global names
// Symbol, Iterator and BigInt (first line each), BigInt uses.
let scan = null;
function unsupported(p, message) {
  const e = new SyntaxError(message);
  e.loc = p.node.loc ? p.node.loc.start : { line: 0 };
  return e;
}
const scanVisitor = {
  'ForOfStatement|ArrayPattern'(p) { scan.iterates = scan.iterates || lineOf(p); },
  // x.normalize(...) (not path.normalize): String.prototype.normalize,
  // which neither mujs nor core-js has (js/polyfills/normalize.js)
  CallExpression(p) {
    const callee = p.node.callee;
    if (!babel.types.isMemberExpression(callee) || p.node.arguments.length > 1) return;
    const named = callee.computed ? babel.types.isStringLiteral(callee.property, { value: 'normalize' })
      : babel.types.isIdentifier(callee.property, { name: 'normalize' });
    if (!named || (babel.types.isIdentifier(callee.object) && /^(path|posix|win32|_?path\d*)$/i.test(callee.object.name))) return;
    scan.normalize = scan.normalize || lineOf(p);
  },
  SpreadElement(p) { if (!p.parentPath.isObjectExpression()) scan.iterates = scan.iterates || lineOf(p); },
  YieldExpression(p) { if (p.node.delegate) scan.iterates = scan.iterates || lineOf(p); },
  ReferencedIdentifier(p) {
    const name = p.node.name;
    if (name !== 'Symbol' && name !== 'Iterator' && name !== 'BigInt') return;
    if (!isGlobalRef(p, name)) return;
    if (!(name in scan.lines)) scan.lines[name] = lineOf(p);
    if (name !== 'BigInt') return;
    if (p.parentPath.isUnaryExpression({ operator: 'typeof' })) scan.bigint.tested = true;
    else scan.bigint.uses.push({ line: lineOf(p), what: p.parentPath.isCallExpression({ callee: p.node }) ? 'BigInt()' : 'BigInt' });
  },
  // what CommonJS cannot express: said plainly, not as the syntax error
  // mujs would give for the lowered output
  MetaProperty(p) {
    if (p.node.meta.name === 'import') throw unsupported(p, 'import.meta is not supported (ES modules are lowered to CommonJS)');
  },
  AwaitExpression(p) {
    if (!p.getFunctionParent()) throw unsupported(p, 'top-level await is not supported (ES modules are lowered to CommonJS)');
  },
  BigIntLiteral(p) {
    // mujs cannot parse 10n: the literal becomes BigInt("10"), which
    // throws ReferenceError if it runs (see exports.bigintProblems)
    scan.bigint.uses.push({ line: lineOf(p), what: 'literal ' + p.node.value + 'n' });
    const call = babel.types.callExpression(babel.types.identifier('BigInt'), [babel.types.stringLiteral(p.node.value)]);
    call.loc = p.node.loc;
    p.replaceWith(call);
    p.skip();
  }
};
function locatorPlugin() {
  return {
    name: 'unijs-locator',
    visitor: {
      Program(p) {
        scan = { iterates: 0, normalize: 0, lines: {}, bigint: { uses: [], tested: false }, native: false };
        p.traverse(scanVisitor);
      },
      'Expression|Statement'(p) {
        if (p.node.loc) currentLine = p.node.loc.start.line;
        currentName = p.node.type === 'Identifier' ? p.node.name : null;
      }
    }
  };
}

// Iteration protocols (for-of, spread, array patterns, yield*, Array.from)
// look up Symbol.iterator (the engine's, patches/mujs/0213); Babel's
// helpers fall back to array indexing when an array has no
// [Symbol.iterator], which is enough for arrays and strings alone. So a
// module that iterates and uses any iterable built-in also gets the Array
// and String iterators (Array.from(set) and spreading a Map's entries()
// need the arrays' too).
const ITER_MODULES = ['es.array.iterator', 'es.string.iterator'];
// String.prototype.normalize (js/polyfills/normalize.js)
const NORMALIZE = 'unijs-polyfills/normalize';
const lineOf = function (p) {
  for (; p; p = p.parentPath) if (p.node && p.node.loc) return p.node.loc.start.line;
  return 0;
};
// An identifier that names the global (no binding in scope).
const isGlobalRef = function (p, name) {
  return p.node.name === name && !p.scope.hasBinding(name, true);
};

// Collects what the polyfill provider injected, and adds the iteration
// modules where needed; drops the iterator helpers (see ITERATOR_HELPER);
// notes the uses of BigInt.
function unijsPlugin(api) {
  const t = api.types;
  return {
    name: 'unijs',
    post(file) {
      const body = file.path.node.body;
      const lines = scan.lines;
      // regenerator hoists "var _marked = mark(g)" to the top of the scope
      // with g's position, which would pull every line before g onto g's
      // line: such made-up declarations get no position.
      file.path.traverse({
        VariableDeclaration(p) {
          if (!p.node.loc && p.node.declarations.every(function (d) { return /^_marked/.test(d.id.name || ''); }))
            t.removePropertiesDeep(p.node);
        }
      });
      const specOf = function (st) {
        if (st.loc) return null;
        let spec = null;
        if (t.isImportDeclaration(st) && st.specifiers.length === 0) spec = st.source.value;
        else if (t.isExpressionStatement(st) && t.isCallExpression(st.expression) &&
                 t.isIdentifier(st.expression.callee, { name: 'require' }) &&
                 st.expression.arguments.length === 1 && t.isStringLiteral(st.expression.arguments[0]))
          spec = st.expression.arguments[0].value;
        return spec && /^core-js\/modules\//.test(spec) ? spec : null;
      };
      if (!('Iterator' in lines)) {
        for (let i = body.length - 1; i >= 0; i--) {
          const spec = specOf(body[i]);
          if (spec && ITERATOR_HELPER.test(spec)) body.splice(i, 1);
        }
      }
      const injected = [];
      const have = new Set();
      let first = -1, last = -1;
      body.forEach(function (st, i) {
        const spec = specOf(st);
        if (spec) {
          injected.push(spec);
          have.add(spec);
          if (first < 0) first = i;
          last = i;
        }
      });
      const why = Object.assign({}, firstUse);
      const extra = [];
      const want = function (m, line) {
        const spec = 'core-js/modules/' + m + '.js';
        if (have.has(spec) || NATIVE_ENOUGH.test(m)) return;
        extra.push(spec);
        have.add(spec);
        if (!(spec in why)) why[spec] = line;
      };
      const usesIterable = injected.some(function (s) {
        return /es\.(promise|array\.from|typed-array|object\.entries|object\.from-entries)/.test(s);
      }) || scan.native;
      if (scan.iterates && usesIterable) ITER_MODULES.forEach(function (m) { want(m, scan.iterates); });
      if (scan.normalize) {
        extra.push(NORMALIZE);
        why[NORMALIZE] = scan.normalize;
      }
      const sourceType = file.path.node.sourceType;
      const stmt = function (spec) {
        return sourceType === 'module'
          ? t.importDeclaration([], t.stringLiteral(spec))
          : t.expressionStatement(t.callExpression(t.identifier('require'), [t.stringLiteral(spec)]));
      };
      if (injected.length) body.splice(last + 1, 0, ...extra.map(stmt));
      else if (extra.length) {
        // after the directive prologue, before anything else
        body.splice(0, 0, ...extra.map(stmt));
        first = 0;
      }
      file.metadata.unijsInjected = injected.concat(extra);
      file.metadata.unijsWhy = why;
      file.metadata.unijsBigInt = scan.bigint;
    }
  };
}

function polyfillPlugin() {
  return [require(path.join(MODULES, 'babel-plugin-polyfill-corejs3')), {
    method: 'usage-global', version: versions.corejs, shouldInjectPolyfill: shouldInject
  }];
}

// Babel's error as { file, line, reason }: its message is
// "FILE: reason (line:col)" and then a code frame.
function syntaxError(err, file, src) {
  const e = new SyntaxError(err.message);
  // Babel stopped only at the end of the file (an unclosed bracket, ...)
  e.atEnd = typeof err.pos === 'number' && src !== undefined && err.pos >= src.replace(/\s+$/, '').length;
  e.file = file;
  e.line = err.loc ? err.loc.line : 0;
  let reason = String(err.message).split('\n')[0];
  if (reason.indexOf(file + ': ') === 0) reason = reason.slice(file.length + 2);
  e.reason = reason.replace(/ \(\d+:\d+\)$/, '');
  return e;
}

function run(src, file, opts) {
  loadTools();
  firstUse = {};
  currentLine = 0;
  opts.plugins = [locatorPlugin].concat(opts.plugins);
  try {
    return babel.transformSync(src, Object.assign({
      filename: file,
      babelrc: false,
      configFile: false,
      browserslistConfigFile: false,
      sourceType: 'unambiguous',
      retainLines: true,
      compact: false,
      targets: { ie: '9' },
      assumptions: {},
      sourceMaps: false
    }, opts));
  } catch (err) {
    if (err.code === 'BABEL_PARSE_ERROR' || err instanceof SyntaxError || err.loc) throw syntaxError(err, file, src);
    throw err;
  }
}

// opts.module: src is an ES module (.mjs, or .js in a "type": "module"
// package): parsed as one (strict, import/export) whatever it contains.
exports.lower = function (src, file, opts) {
  loadTools();
  const out = run(src, file, {
    sourceType: opts && opts.module ? 'module' : 'unambiguous',
    presets: [[require(path.join(MODULES, '@babel', 'preset-env')), {
      modules: 'commonjs', useBuiltIns: false,
      // mujs's regexp engine has named groups (match.groups, $<name>,
      // \k<name>) and lookbehind natively: Babel's lowering of named
      // groups needs Symbol and WeakMap (_wrapRegExp) just to rename them.
      exclude: ['transform-named-capturing-groups-regex']
    }]],
    plugins: [
      polyfillPlugin(),
      [require(path.join(MODULES, '@babel', 'plugin-transform-runtime')), {
        helpers: true, regenerator: true, corejs: false, version: versions.runtime,
        moduleName: '@babel/runtime'
      }],
      unijsPlugin
    ]
  });
  return result(out, out.code);
};

function result(out, code) {
  const m = out.metadata;
  const injected = m.unijsInjected || [];
  const why = {};
  injected.forEach(function (s) { why[s] = (m.unijsWhy && m.unijsWhy[s]) || 0; });
  return { code: code, injected: injected, why: why, bigint: m.unijsBigInt || { uses: [], tested: false } };
}

// What to say of a module's BigInt uses (mujs has no BigInt), as
// [{ line, error, message }]. A literal (10n) is an error unless the
// module feature-tests `typeof BigInt`: mujs could not even parse it, and
// code that has one usually needs it. BigInt(...) and BigInt.x are
// warnings: packages call them on paths that run only for BigInt input
// (zod's z.bigint(), yaml's intAsBigInt), so they must build; such a path
// throws ReferenceError when it runs.
exports.bigintProblems = function (info) {
  return info.uses.map(function (u) {
    const error = /^literal/.test(u.what) && !info.tested;
    return {
      line: u.line,
      error: error,
      message: (error ? 'SyntaxError: ' : '') + 'BigInt is not supported (' + u.what + ')' + (error ? ''
        : ': this code throws ReferenceError if it runs')
    };
  });
};

exports.mentionsBuiltins = function (src) {
  return BUILTIN_WORDS.test(src);
};

// For ES5 source: the polyfills it needs, found by the same analysis, the
// source itself left as it is.
// Returns { injected, at, code }: code is src with the require()s of
// injected inserted at offset at (after the directive prologue, so that
// 'use strict' still counts), on the same line.
exports.polyfillsFor = function (src, file) {
  loadTools();
  const out = run(src, file, {
    sourceType: 'script', code: false, ast: true, plugins: [polyfillPlugin(), unijsPlugin]
  });
  const r = result(out, src);
  if (r.injected.length) r.code = insert(src, out.ast.program, r.injected);
  return r;
};

function insert(src, program, specs) {
  const reqs = specs.map(function (s) { return 'require(' + JSON.stringify(s) + ');'; }).join('');
  const dirs = program.directives;
  if (dirs.length) {
    const at = dirs[dirs.length - 1].end;
    return src.slice(0, at) + ';' + reqs + src.slice(at);
  }
  // A "#!" line is blanked by the runtime only at offset 0.
  if (src.slice(0, 2) === '#!') return reqs + '//' + src.slice(2);
  return reqs + src;
}
exports.insert = function (src, specs) {
  // for source Babel has not parsed: no directive prologue is assumed
  return insert(src, { directives: [] }, specs);
};
