// never required: a syntax error here must not stop the build (node too
// only parses what it requires); fs still reads it
var broken = ;
