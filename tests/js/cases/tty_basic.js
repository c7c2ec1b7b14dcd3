// tty: isatty on a console that is not a terminal, the color depth rules
// over a set of environments, hasColors, a WriteStream writing and the
// ANSI helpers' bytes.
var tty = require('tty');
console.log(tty.isatty(0), tty.isatty(1), tty.isatty(2), tty.isatty(99), tty.isatty('1'), process.stdout.isTTY);
var depth = tty.WriteStream.prototype.getColorDepth, has = tty.WriteStream.prototype.hasColors;
[{}, { TERM: 'dumb' }, { TERM: 'xterm' }, { TERM: 'xterm-256color' }, { TERM: 'linux' },
 { COLORTERM: 'truecolor' }, { FORCE_COLOR: '0' }, { FORCE_COLOR: '' }, { FORCE_COLOR: '2' },
 { FORCE_COLOR: '3' }, { NO_COLOR: '1', TERM: 'xterm' }, { TMUX: '1' }, { CI: '1' },
 { CI: '1', GITHUB_ACTIONS: 'true' }, { TERM_PROGRAM: 'Apple_Terminal' }, { TERM: 'screen' },
 { TERM: 'xterm-kitty' }, { COLORTERM: 'yes' }].forEach(function (env) {
  console.log(JSON.stringify(env), depth.call(null, env), has.call(null, env), has.call(null, 256, env),
    has.call(null, 2, env));
});
try { has.call(null, 'x', {}); } catch (e) { console.log(e.code); }
