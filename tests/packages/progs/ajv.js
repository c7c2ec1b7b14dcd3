// ajv: compile JSON schemas (code generation + new Function), validate, errors.
const Ajv = require('ajv');
const ajv = new Ajv({ allErrors: true });
const schema = {
  type: 'object',
  properties: {
    foo: { type: 'integer', minimum: 0 },
    bar: { type: 'string', maxLength: 3 },
    list: { type: 'array', items: { type: 'number' }, uniqueItems: true },
    kind: { enum: ['a', 'b'] }
  },
  required: ['foo'],
  additionalProperties: false
};
const validate = ajv.compile(schema);
console.log(validate({ foo: 1, bar: 'abc', list: [1, 2], kind: 'a' }), validate.errors);
console.log(validate({ foo: -1, bar: 'abcd', list: [1, 1], extra: true }));
console.log(validate.errors.map((e) => `${e.instancePath} ${e.keyword} ${e.message}`));
console.log(ajv.errorsText(validate.errors));
const v2 = ajv.compile({ $id: 'x', oneOf: [{ type: 'string', pattern: '^a+$' }, { type: 'number', multipleOf: 5 }] });
console.log(v2('aaa'), v2(10), v2('b'), v2(7));
ajv.addSchema({ $id: 'defs', definitions: { pos: { type: 'number', exclusiveMinimum: 0 } } });
console.log(ajv.validate({ $ref: 'defs#/definitions/pos' }, 3), ajv.validate({ $ref: 'defs#/definitions/pos' }, 0));
// an enum of 200 values or more is checked by a for-of loop (loopEnum)
const big = ajv.compile({ enum: Array.from({ length: 250 }, (_, i) => 'v' + i) });
console.log(big('v249'), big('v250'), big.errors[0].message);
// one property beside additionalProperties: false (ajv joins one condition with reduce)
const one = ajv.compile({ type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false });
console.log(one({ a: 'x' }), one({ a: 'x', b: 1 }), one.errors[0].params);
