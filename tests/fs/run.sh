#!/bin/sh
# fs in images: what mkimage.sh packs under /app (the default rule,
# --include, --exclude, package.json "unijs": {"files"}), and one boot of an
# app that writes and reads /tmp and meets the read-only /app (EROFS);
# https's "no TLS yet" errors ride along; then an express.static-like
# server in a booted image, fetched from the host.
# The Node-oracle cases (tests/js/cases/fs_*.js) cover the API itself.
. "$(dirname "$0")/../boot/lib.sh"
plan 6

app=$T/app
mkdir -p "$app/views/partials" "$app/public" "$app/node_modules/pkg" "$app/.git" "$app/empty"
cat >"$app/index.js" <<'JS'
var fs = require('fs');
var path = require('path');
function show(f) {
  try { console.log('ok', f()); } catch (e) { console.log(e.code, e.syscall, e.errno, e.message); }
}
console.log('cwd', process.cwd(), __dirname);
show(function () { return fs.readdirSync('/').join(' '); });
show(function () { return fs.readdirSync('/app').join(' '); });
show(function () { return fs.readFileSync(path.join(__dirname, 'views', 'page.html'), 'utf8').trim(); });
show(function () { return fs.readFileSync('views/partials/p.html', 'utf8').trim(); });
show(function () { return require('pkg'); });
show(function () { return fs.readFileSync('node_modules/pkg/data.txt', 'utf8'); });
show(function () { return fs.statSync('/app/empty').isDirectory(); });
show(function () { fs.writeFileSync('/app/new.txt', 'x'); });
show(function () { fs.writeFileSync('views/page.html', 'x'); });
show(function () { fs.appendFileSync('/app/index.js', 'x'); });
show(function () { fs.accessSync('/app/index.js', fs.constants.W_OK); });
show(function () { fs.mkdirSync('/app/d'); });
show(function () { fs.unlinkSync('/app/index.js'); });
show(function () { fs.renameSync('/app/index.js', '/tmp/i.js'); });
show(function () { fs.rmSync('/app/views', { recursive: true }); });
show(function () { fs.readFileSync('/etc/passwd'); });
show(function () { fs.watch('/app'); });
show(function () { require('https').request('https://example.com/'); });
show(function () { require('https').createServer(); });
fs.mkdirSync('/tmp/w/x', { recursive: true });
fs.writeFileSync('/tmp/w/x/data.txt', 'written at run time');
fs.copyFileSync('/app/views/page.html', '/tmp/w/page.html');
show(function () { return fs.readFileSync('/tmp/w/x/data.txt', 'utf8') + ' / ' + fs.readdirSync('/tmp/w').join(','); });
show(function () { return fs.readFileSync('/tmp/w/page.html', 'utf8').trim(); });
fs.writeFile('/tmp/w/cb.txt', 'cb', function (e) {
  console.log('cb', e, fs.readFileSync('/tmp/w/cb.txt', 'utf8'));
});
JS
echo '<p>page</p>' >"$app/views/page.html"
echo '<i>partial</i>' >"$app/views/partials/p.html"
echo 'static' >"$app/public/a.txt"
echo 'secret' >"$app/.env"
echo 'git' >"$app/.git/HEAD"
echo 'module.exports = "pkg module";' >"$app/node_modules/pkg/index.js"
echo 'pkg data' >"$app/node_modules/pkg/data.txt"
echo '{"name": "app"}' >"$app/package.json"

list() { # list NAME: the packed names of image NAME
	cut -f2 "$out/img/$1/fs.txt"
}
has() { # has NAME CHECK WORD... : each /app/WORD is packed (!WORD: is not)
	n=$1 c=$2
	shift 2
	for w; do
		case $w in
		!*) list "$n" | grep -qxF "/app/${w#!}" && { notok "$c" "/app/${w#!} is packed"; return; } ;;
		*) list "$n" | grep -qxF "/app/$w" || { notok "$c" "/app/$w is not packed" "$(list "$n" | tr '\n' ' ')"; return; } ;;
		esac
	done
	ok "$c"
}

image fs-app "$app" --no-iso || notok "build fs-app" "$(cat "$T/mk.fs-app")"
has fs-app fs-pack-default index.js views/page.html views/partials/p.html public/a.txt package.json empty/ \
	node_modules/pkg/index.js '!node_modules/pkg/data.txt' '!.env' '!.git/HEAD'
"$top/mkimage.sh" -o "$out" -n fs-app-say --no-iso "$app" 2>&1 | grep -qE '^files: [0-9]+ under /app' &&
	ok fs-pack-report || notok fs-pack-report "mkimage prints no 'files:' line"

image fs-inc "$app" --no-iso --include 'node_modules/pkg/*.txt' --include .env --exclude 'public' --exclude '*.html'
has fs-inc fs-pack-include-exclude node_modules/pkg/data.txt .env '!public/a.txt' '!views/page.html' '!views/partials/p.html' index.js

cp -r "$app" "$T/app2"
echo '{"name": "app2", "unijs": {"files": ["views/**", "!views/partials"]}}' >"$T/app2/package.json"
image fs-pkg "$T/app2" --no-iso
has fs-pkg fs-pack-package-files views/page.html '!views/partials/p.html' '!public/a.txt' '!package.json' index.js

boot fs-run "$out/fs-app.elf"
expect fs-run 0 '^cwd /app /app$' '^ok app tmp$' '^ok empty index.js node_modules package.json public views$' \
	'^ok <p>page</p>$' '^ok <i>partial</i>$' '^ok pkg module$' \
	"^ENOENT open -2 ENOENT: no such file or directory, open 'node_modules/pkg/data.txt'$" '^ok true$' \
	"^EROFS open -30 EROFS: read-only file system, open '/app/new.txt'$" \
	"^EROFS open -30 EROFS: read-only file system, open 'views/page.html'$" \
	"^EROFS open -30 EROFS: read-only file system, open '/app/index.js'$" \
	"^EROFS access -30 EROFS: read-only file system, access '/app/index.js'$" \
	"^EROFS mkdir -30 EROFS: read-only file system, mkdir '/app/d'$" \
	"^EROFS unlink -30 EROFS: read-only file system, unlink '/app/index.js'$" \
	"^EROFS rename -30 EROFS: read-only file system, rename '/app/index.js' -> '/tmp/i.js'$" \
	"^EROFS rmdir -30 EROFS: read-only file system, rmdir '/app/views'$" \
	"^ENOENT open -2 ENOENT: no such file or directory, open '/etc/passwd'$" \
	'^ERR_UNIJS_NO_WATCH undefined undefined fs.watch\(\) is not available' \
	'^ERR_UNIJS_NO_TLS undefined undefined https.request: TLS is not available in unijs yet' \
	'^ERR_UNIJS_NO_TLS undefined undefined https.createServer: TLS is not available' \
	'^ok written at run time / page.html,x$' '^cb null cb$'

# express.static-like serving from the host's side: packed public/ files
# streamed by fs.createReadStream().pipe(res), fetched through a port
# forward (a 300 KB file comes in many chunks; its sha256 must match)
st=$T/static
mkdir -p "$st/public/css"
cat >"$st/index.js" <<'JS'
var fs = require('fs');
var path = require('path');
var http = require('http');
var root = path.join(__dirname, 'public');
http.createServer(function (req, res) {
  var file = path.join(root, req.url === '/' ? 'index.html' : req.url);
  fs.stat(file, function (err, st) {
    if (err || !st.isFile() || file.indexOf(root + '/') !== 0) {
      res.writeHead(404);
      res.end(err ? err.code + '\n' : 'no\n');
      return;
    }
    res.writeHead(200, { 'Content-Length': st.size });
    fs.createReadStream(file).pipe(res);
  });
}).listen(8080);
JS
printf '<!doctype html>\n<p>static page</p>\n' >"$st/public/index.html"
printf 'body { color: red }\n' >"$st/public/css/site.css"
python3 -c 'import os, sys; open(sys.argv[1], "wb").write(os.urandom(300000))' "$st/public/big.bin"
if image fs-static "$st" --no-iso; then
	port=$(freeport)
	sh "$top/scripts/run.sh" --timeout $(guard 120) --fwd "$port:8080" "$out/fs-static.elf" >"$T/static.out" 2>&1 &
	runner=$!
	if python3 - "$port" "$st/public" "$(guard 90)" >"$T/static.check" 2>&1 <<'PY'
import hashlib, http.client, os, sys, time
port, root = int(sys.argv[1]), sys.argv[2]
def get(path):
    c = http.client.HTTPConnection('127.0.0.1', port, timeout=30)
    c.request('GET', path)
    r = c.getresponse()
    return r.status, r.read()
end = time.time() + float(sys.argv[3])
while True:
    try:
        get('/')
        break
    except Exception:
        if time.time() > end:
            sys.exit('the server never answered')
        time.sleep(0.3)
for path, want in (('/', 'index.html'), ('/css/site.css', 'css/site.css'), ('/big.bin', 'big.bin')):
    status, body = get(path)
    data = open(os.path.join(root, want), 'rb').read()
    if status != 200 or hashlib.sha256(body).digest() != hashlib.sha256(data).digest():
        sys.exit('%s: status %d, %d bytes, want %d bytes' % (path, status, len(body), len(data)))
status, body = get('/nope.html')
if status != 404 or body != b'ENOENT\n':
    sys.exit('/nope.html: %d %r' % (status, body))
PY
	then
		ok fs-static-http
	else
		notok fs-static-http "$(cat "$T/static.check")" "$(tail -3 "$T/static.out")"
	fi
	# run.sh's child is timeout(1), which passes the signal on to QEMU
	for c in $(pgrep -P "$runner"); do kill "$c" 2>/dev/null; done
	kill "$runner" 2>/dev/null
	wait "$runner" 2>/dev/null
else
	notok "build fs-static" "$(cat "$T/mk.fs-static")"
fi
finish
