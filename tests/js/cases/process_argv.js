// args: one two --flag=3
// process.argv: [execPath, main module, ...args]; only the args are shared.
console.log(process.argv.length, process.argv.slice(2));
console.log(typeof process.argv[0], /\.js$/.test(process.argv[1]));
