// The page templates, as strings (an image has no file system to read
// views/ from at run time; views/*.mustache are the same text for editing).
module.exports = {
  layout: [
    '<!doctype html>',
    '<html><head><title>{{title}}</title></head>',
    '<body>',
    '<h1>{{title}}</h1>',
    '{{{body}}}',
    '<footer>served by unijs, {{count}} pages rendered</footer>',
    '</body></html>'
  ].join('\n'),
  home: '<ul>{{#links}}<li><a href="{{href}}">{{label}}</a></li>{{/links}}</ul>',
  user: '<p>User <b>{{id}}</b>{{#tab}}, tab {{tab}}{{/tab}}</p>',
  notFound: '<p>No page at {{path}}</p>'
};
