// zod: schemas, parse/safeParse, errors, transforms, refinements.
const { z } = require('zod');
const User = z.object({
  name: z.string().min(2),
  age: z.number().int().positive(),
  email: z.string().email(),
  role: z.enum(['admin', 'user']).default('user'),
  tags: z.array(z.string()).optional()
});
console.log(User.parse({ name: 'Ann', age: 30, email: 'ann@example.com' }));
const bad = User.safeParse({ name: 'A', age: -1, email: 'nope' });
console.log(bad.success, bad.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
console.log(JSON.stringify(bad.error.flatten()));
const Num = z.string().transform((s) => Number(s)).pipe(z.number().max(100));
console.log(Num.parse('42'), Num.safeParse('420').success);
const U = z.union([z.string(), z.number()]);
console.log(U.parse(5), U.safeParse(true).error.issues[0].code);
const D = z.discriminatedUnion('kind', [z.object({ kind: z.literal('a'), a: z.number() }), z.object({ kind: z.literal('b'), b: z.string() })]);
console.log(D.parse({ kind: 'b', b: 'x' }));
const Pw = z.object({ p: z.string(), q: z.string() }).refine((v) => v.p === v.q, { message: 'mismatch', path: ['q'] });
console.log(Pw.safeParse({ p: 'a', q: 'b' }).error.issues);
console.log(z.record(z.number()).parse({ a: 1 }), z.tuple([z.string(), z.boolean()]).parse(['x', true]));
console.log(z.coerce.number().parse('7'), z.date().safeParse(new Date(0)).success, User.partial().parse({}));
try { z.string().parse(1); } catch (e) { console.log(e.name, e.issues[0].message); }
