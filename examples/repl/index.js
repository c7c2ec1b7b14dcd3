// An interactive JavaScript REPL on the serial console.
//
//   ./mkimage.sh --run examples/repl            (-- --no-echo to not echo)
//
// Each line is evaluated in one persistent global scope; results print as
// Node's REPL prints them (util.inspect), errors as "Uncaught Error: msg",
// and a line that leaves a statement open (a "{" not yet closed, a trailing
// operator) is continued at the "... " prompt. Timers keep running while
// the prompt waits. Commands: .exit (or Ctrl-D on an empty line), .break
// (drop a half-typed statement), .help.
//
// QEMU's -serial stdio puts the terminal in raw mode, which does not echo
// what is typed, so this REPL echoes input and handles backspace itself;
// pass --no-echo when input comes from a pipe.
'use strict';

var util = require('util');
var vm = require('vm');

var echo = process.argv.indexOf('--no-echo') < 0;
var out = process.stdout;
var buffer = ''; // the statement being collected, over several lines
var line = '';   // the line being typed
var lastCR = false;

function prompt() {
  out.write(buffer ? '... ' : '> ');
}

function show(value) {
  return util.inspect(value, { colors: false });
}

function describeError(e) {
  if (e instanceof Error || Object.prototype.toString.call(e) === '[object Error]') {
    return (e.name || 'Error') + (e.message ? ': ' + e.message : '');
  }
  return show(e);
}

// The input ends before the statement does: ask for another line.
function incomplete(e) {
  return e instanceof SyntaxError &&
    /end-of-file|not terminated|Unexpected end of input/.test(e.message) &&
    !/string not terminated/.test(e.message);
}

function run(code) {
  // "{ a: 1 }" is an object, as Node's REPL reads it, not a block.
  if (/^\s*\{/.test(code) && /\}\s*;?\s*$/.test(code)) {
    try {
      return { value: vm.runInThisContext('(' + code.replace(/;\s*$/, '') + ')', 'REPL') };
    } catch (e) {
      if (!(e instanceof SyntaxError)) return { error: e };
    }
  }
  try {
    return { value: vm.runInThisContext(code, 'REPL') };
  } catch (e) {
    return { error: e };
  }
}

function command(cmd) {
  switch (cmd) {
  case '.exit':
    process.exit(0);
    return true;
  case '.break':
    buffer = '';
    return true;
  case '.help':
    out.write('.break    Sometimes you get stuck, this gets you out\n' +
      '.exit     Exit the REPL\n' +
      '.help     Print this help message\n');
    return true;
  }
  return false;
}

function onLine(text) {
  if (!buffer && /^\s*\.[a-z]+\s*$/.test(text) && command(text.trim())) {
    prompt();
    return;
  }
  buffer = buffer ? buffer + '\n' + text : text;
  if (!buffer.trim()) {
    buffer = '';
    prompt();
    return;
  }
  var r = run(buffer);
  if (r.error !== undefined && incomplete(r.error)) {
    prompt();
    return;
  }
  buffer = '';
  if ('error' in r) {
    out.write('Uncaught ' + describeError(r.error) + '\n');
  } else {
    out.write(show(r.value) + '\n');
    global._ = r.value;
  }
  prompt();
}

process.stdin.setEncoding('utf8');
process.stdin.on('data', function (chunk) {
  for (var i = 0; i < chunk.length; i++) {
    var c = chunk.charAt(i);
    if (c === '\n' && lastCR) { // \r\n: one line end
      lastCR = false;
      continue;
    }
    lastCR = c === '\r';
    if (c === '\r' || c === '\n') {
      if (echo) out.write('\n');
      var text = line;
      line = '';
      onLine(text);
    } else if (c === '\x7f' || c === '\b') {
      if (line.length) {
        line = line.slice(0, -1);
        if (echo) out.write('\b \b');
      }
    } else if (c === '\x04') { // Ctrl-D
      if (!line && !buffer) process.exit(0);
    } else if (c === '\x03') { // Ctrl-C: drop the line, as Node's REPL
      line = '';
      buffer = '';
      if (echo) out.write('^C\n');
      prompt();
    } else if (c >= ' ' || c === '\t') {
      line += c;
      if (echo) out.write(c);
    }
  }
});

out.write('Welcome to unijs ' + process.version + ' (mujs ' + process.versions.mujs + ').\n' +
  'Type ".help" for more information.\n');
prompt();
