// ejs: templates compiled to functions (new Function), escaping, includes.
const ejs = require('ejs');
console.log(ejs.render('<h1><%= title %></h1><% items.forEach(function (i) { %><li><%- i %></li><% }) %><%# comment %>', { title: '<T&>', items: ['<b>a</b>', 'c'] }));
const fn = ejs.compile('Hi <%= user.name %>!<%_ if (user.admin) { _%> (admin)<%_ } _%>');
console.log(fn({ user: { name: 'Ann', admin: true } }), fn({ user: { name: 'Bob' } }));
try { ejs.render('<%= nope %>', {}); } catch (e) { console.log(e.name, e.message.split('\n').pop()); }
