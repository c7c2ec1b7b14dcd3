// stream: for await over a Readable (lowered by Babel: the helper finds
// Symbol.asyncIterator or '@@asyncIterator'), Readable.from an async
// generator, stream/promises pipeline with an async generator transform
// and finished, errors through await.
const { Readable, Writable, PassThrough } = require('stream');
const { pipeline, finished } = require('stream/promises');

async function main() {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1); r.push(2); r.push(3); r.push(null);
  const seen = [];
  for await (const x of r) seen.push(x);
  console.log('for await', seen.join(','), r.destroyed);

  async function* gen() { yield 'a'; yield 'b'; }
  const parts = [];
  for await (const c of Readable.from(gen())) parts.push(c);
  console.log('from async gen', parts.join(''));

  const out = [];
  await pipeline(
    Readable.from(['x', 'y']),
    async function* (source) { for await (const c of source) yield c.toUpperCase(); },
    new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } })
  );
  console.log('pipeline', out.join(''));

  const p = new PassThrough();
  setTimeout(() => p.destroy(new Error('gone')), 1);
  try {
    await finished(p);
  } catch (e) {
    console.log('finished rejects', e.message);
  }

  const bad = new Readable({ read() { this.destroy(new Error('read failed')); } });
  try {
    for await (const c of bad) console.log('never', c);
  } catch (e) {
    console.log('for await throws', e.message);
  }
  const early = Readable.from([1, 2, 3]);
  for await (const c of early) { console.log('break at', c); break; }
  console.log('after break destroyed', early.destroyed);
}
main();
