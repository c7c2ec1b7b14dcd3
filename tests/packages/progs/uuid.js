// uuid: v4 shape, v3/v5 (hashes), validate, parse/stringify, v7 shape.
const { v4, v5, v3, validate, version, parse, stringify, NIL } = require('uuid');
const a = v4();
console.log(validate(a), version(a), a.length, /^[0-9a-f-]{36}$/.test(a), v4() !== a);
console.log(v5('hello', v5.URL), v3('hello', v3.DNS), validate('nope'), NIL);
const bytes = parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8');
console.log(Array.from(bytes), stringify(bytes));
