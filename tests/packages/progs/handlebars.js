// handlebars: compile templates (code generation), helpers, partials.
const Handlebars = require('handlebars');
Handlebars.registerHelper('upper', (s) => String(s).toUpperCase());
Handlebars.registerPartial('item', '<li>{{name}}{{#if price}} ({{price}}){{/if}}</li>');
const t = Handlebars.compile('<h1>{{upper title}}</h1>\n<ul>{{#each items}}{{> item}}{{else}}none{{/each}}</ul>\n{{{raw}}} {{esc}} {{#with who}}{{first}} {{last}}{{/with}} {{items.length}}');
console.log(t({ title: 'shop', items: [{ name: 'a', price: 1 }, { name: 'b' }], raw: '<b>', esc: '<i>&', who: { first: 'Ann', last: 'Lee' } }));
console.log(Handlebars.compile('{{#unless x}}no x{{/unless}} {{lookup map key}} {{#each obj}}{{@key}}={{this}};{{/each}}')({ map: { k: 'v' }, key: 'k', obj: { a: 1, b: 2 } }));
try { Handlebars.compile('{{#if}}')(); } catch (e) { console.log(e.message.split('\n')[0]); }
console.log(Handlebars.precompile('{{a}}').length > 100, Handlebars.VERSION);
