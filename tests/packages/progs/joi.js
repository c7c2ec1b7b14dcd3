// joi: object schemas, validation errors, conversion, references.
const Joi = require('joi');
const schema = Joi.object({
  username: Joi.string().alphanum().min(3).max(30).required(),
  password: Joi.string().pattern(/^[a-zA-Z0-9]{3,30}$/),
  repeat: Joi.ref('password'),
  birth: Joi.number().integer().min(1900).max(2013),
  email: Joi.string().email({ tlds: { allow: false } })
}).with('username', 'birth').xor('password', 'email');
console.log(schema.validate({ username: 'abc', birth: 1994, password: 'pw1', repeat: 'pw1' }));
const r = schema.validate({ username: 'a!', birth: '1800' }, { abortEarly: false });
console.log(r.error.details.map((d) => `${d.path.join('.')} ${d.type}: ${d.message}`));
console.log(Joi.number().validate('12').value, Joi.boolean().validate('true').value, Joi.date().iso().validate('2020-01-01T00:00:00.000Z').value.toISOString());
console.log(Joi.array().items(Joi.string()).unique().validate(['a', 'a']).error.message);
try { Joi.assert(5, Joi.string(), 'thing'); } catch (e) { console.log(e.name, e.message); }
console.log(Joi.object({ a: Joi.string().default('x') }).validate({}).value, Joi.string().valid('a', 'b').describe());
