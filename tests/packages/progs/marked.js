// marked: markdown to HTML, lexer, custom renderer.
const { marked } = require('marked');
const md = '# Title\n\nSome *emphasis*, **strong** and `code`.\n\n- one\n- two\n\n```js\nconst a = 1;\n```\n\n> quote\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[link](http://example.com "t")\n';
console.log(marked.parse(md));
console.log(marked.lexer('## h2\n\ntext').map((t) => t.type));
const renderer = new marked.Renderer();
renderer.heading = (text, level) => `<h${level} class="x">${text}</h${level}>\n`;
console.log(marked.parse('### custom', { renderer }));
console.log(marked.parseInline('a _b_ <br> c'));
