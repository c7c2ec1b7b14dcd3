var ok = 1;
// the next line is broken
var = 2;
