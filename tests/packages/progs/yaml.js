// yaml: parse, stringify, documents, anchors, errors.
const YAML = require('yaml');
const src = 'name: app\nversion: 1.2\nlist:\n  - a\n  - b: 2\n    c: [1, 2]\nbase: &b { x: 1 }\nderived:\n  <<: *b\n  y: 2\nmultiline: |\n  line one\n  line two\nempty: null\nflag: yes\n';
const doc = YAML.parse(src, { merge: true });
console.log(doc);
console.log(YAML.stringify({ a: 1, b: [true, null, 'x: y'], c: { d: 'multi\nline' } }));
const d = YAML.parseDocument('# comment\nkey: value # trailing\n');
d.set('other', 3);
console.log(String(d), d.get('key'));
try { YAML.parse('a: [1, 2'); } catch (e) { console.log(e.name, e.code, e.message.split('\n')[0]); }
console.log(YAML.parse('- 0x1f\n- 1e3\n- .inf\n- ~\n- "\\u00e9"'));
