module.exports = {
  kind: 'index',
  dirnameEnds: /\/modules\/dir$/.test(__dirname),
  filenameEnds: /\/modules\/dir\/index\.js$/.test(__filename)
};
