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
// the string rules' patterns (@sideway/address's URI, email, domain, IP) over ASCII inputs
const inputs = ['', 'abc', 'foo@bar.com', 'a.b+c@sub.example.co.uk', 'x@localhost', 'bad@@x.com', 'http://example.com/a?b=c#d', 'https://user:pw@[::1]:8080/x', 'mailto:x@y.z', 'urn:isbn:0451450523',
  '//relative/path', '/abs/path', '192.168.0.1', '256.1.1.1', '::ffff:192.168.0.1', '2001:db8::1', '10.0.0.0/8', 'example.com', 'sub.exa_mple.com', 'xn--bcher-kva.de', 'a'.repeat(64) + '.com',
  '550e8400-e29b-41d4-a716-446655440000', '{550e8400-e29b-41d4-a716-446655440000}', '2020-01-01', '2020-01-01T10:20:30Z', '2020-13-01T00:00:00Z', 'deadbeef', 'aGVsbG8=', 'aGVsbG8', 'AbC-12_x', 'a b', 'UPPER', '-1.5', '1e3', 'data:text/plain;base64,aGk=', 'P3Y6M4DT12H30M5S'];
const rules = {
  email: Joi.string().email(), uri: Joi.string().uri(), uriRel: Joi.string().uri({ allowRelative: true }), ip: Joi.string().ip(), ipv4cidr: Joi.string().ip({ version: ['ipv4'], cidr: 'required' }),
  domain: Joi.string().domain(), hostname: Joi.string().hostname(), guid: Joi.string().guid(), isoDate: Joi.string().isoDate(), hex: Joi.string().hex(), base64: Joi.string().base64(),
  base64url: Joi.string().base64({ urlSafe: true, paddingRequired: false }), token: Joi.string().token(), uppercase: Joi.string().uppercase().prefs({ convert: false }), dataUri: Joi.string().dataUri(),
  isoDuration: Joi.string().isoDuration(), kebab: Joi.string().pattern(/^[a-z]+(?:-[a-z]+)*$/, { name: 'kebab' })
};
for (const [name, s] of Object.entries(rules)) console.log(name, inputs.map((i) => (s.validate(i).error ? 0 : 1)).join(''));
console.log(Joi.string().replace(/a(b)/g, '[$1]').validate('xabyab').value, Joi.string().truncate().max(3).validate('abcdef').value);
// non-ASCII local parts go through String.prototype.normalize (js/polyfills/normalize.js); non-ASCII domains need URL's IDNA, which unijs's url lacks
console.log(['ünï@example.de', 'jose\u0301@example.com', 'ﬁ@x.org', 'a@b'].map((e) => Joi.string().email({ tlds: false }).validate(e).error ? 0 : 1).join(''), Joi.string().normalize('NFD').validate('é').value.length);
