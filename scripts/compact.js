#!/usr/bin/env node
// compact.js CACHEDIR FILE...: the core modules (js/lib) as an image
// carries them: without comments and indentation, line for line (so that
// stack traces name the same lines as the sources), printed by Babel's
// generator. Prints one path per FILE, in order: CACHEDIR/<sha256 of the
// source>.js, written on first use. About a quarter of each file's bytes
// are comments and blanks; every image carries util, events, buffer, ...
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const TOOLS = process.env.UNIJS_TOOLS || path.join(__dirname, '..', 'build', 'tools');
const [cache, ...files] = process.argv.slice(2);
if (!cache || !files.length) {
  console.error('usage: compact.js CACHEDIR FILE...');
  process.exit(2);
}
fs.mkdirSync(cache, { recursive: true });
let babel = null;
const out = [];
for (const f of files) {
  const src = fs.readFileSync(f, 'utf8');
  const sum = crypto.createHash('sha256').update(src).digest('hex').slice(0, 32);
  const dst = path.join(cache, sum + '.js');
  if (!fs.existsSync(dst)) {
    if (!babel) babel = require(path.join(TOOLS, 'node_modules', '@babel', 'core'));
    let code;
    try {
      code = babel.transformSync(src, {
        babelrc: false, configFile: false, sourceType: 'script', filename: f,
        comments: false, retainLines: true, compact: true
      }).code;
    } catch (e) {
      console.error(`${f}: ${e.message}`);
      process.exit(1);
    }
    const tmp = dst + '.' + process.pid;
    fs.writeFileSync(tmp, code + '\n');
    fs.renameSync(tmp, dst);
  }
  out.push(dst);
}
console.log(out.join('\n'));
