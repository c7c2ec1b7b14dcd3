// chalk 4: ANSI styles at an explicit level (no TTY to detect).
const chalk = require('chalk');
const c = new chalk.Instance({ level: 1 });
console.log(JSON.stringify(c.red('red')), JSON.stringify(c.bold.underline.blue('x')), JSON.stringify(c.bgGreen.black`tpl ${1 + 1}`));
const c3 = new chalk.Instance({ level: 3 });
console.log(JSON.stringify(c3.hex('#ff8800')('hex')), JSON.stringify(c3.rgb(1, 2, 3)('rgb')), chalk.level >= 0, JSON.stringify(new chalk.Instance({ level: 0 }).red('plain')));
