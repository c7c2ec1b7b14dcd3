// A syntax error in a required module is catchable and names file and line.
try {
  require('./modules/bad_syntax');
} catch (e) {
  console.log(e.name);
}
