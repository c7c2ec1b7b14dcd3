#!/bin/sh
# bench/strings.sh: loops over long strings and a long queue, the image
# against node.
#
# bench/strings/index.js (a 1 MB string hashed with charCodeAt, walked
# with indexOf and a global RegExp's exec; a 4 MB string grown 100 bytes
# at a time and a 4.4 MB body grown by 1,460-byte chunks with +=; a
# queue of 200,000 numbers emptied with shift; 1 MB consumed from the
# front 10 bytes at a time with slice: patches/mujs/0261, 0265, 0266,
# 0267, each quadratic before) runs
# in an image (mkimage.sh, booted by scripts/run.sh under the chosen
# accelerator, -m 256M) and under node on the host, ROUNDS times
# alternating (default 3). Each workload prints its own milliseconds
# (Date.now, so the boot is not counted); printed per workload: the
# median of each, the image ÷ node ratio, and whether the results agree.
# Under TCG the image's times are QEMU's: compare ratios, not times.
. "$(dirname "$0")/common.sh"
rounds=${ROUNDS:-3}
./mkimage.sh bench/strings >"$bdir/strings.mk.log" 2>&1 || { cat "$bdir/strings.mk.log" >&2; exit 1; }
: >"$bdir/strings.image" && : >"$bdir/strings.node"
r=0
while [ "$r" -lt "$rounds" ]; do
	sh scripts/run.sh --mem 256M --timeout 600 build/strings.elf >>"$bdir/strings.image" 2>&1 ||
		{ echo "strings: the image failed" >&2; tail -5 "$bdir/strings.image" >&2; exit 1; }
	node bench/strings/index.js >>"$bdir/strings.node"
	r=$((r + 1))
done
python3 - "$bdir/strings.image" "$bdir/strings.node" <<'PY'
import re, statistics, sys
def load(path):
    d = {}
    for line in open(path):
        m = re.match(r'(\S+) (\d+) ms (.*)', line.strip())
        if m:
            d.setdefault(m.group(1), []).append((int(m.group(2)), m.group(3)))
    return d
img, nod = load(sys.argv[1]), load(sys.argv[2])
print('%-16s %10s %10s %9s  %s' % ('workload', 'image ms', 'node ms', 'ratio', 'results'))
for k in nod:
    a = statistics.median(t for t, _ in img.get(k, [(float('nan'), '')]))
    b = statistics.median(t for t, _ in nod[k])
    same = set(v for _, v in img.get(k, [])) == set(v for _, v in nod[k])
    print('%-16s %10.0f %10.0f %9s  %s' % (k, a, b, '%.1f' % (a / b) if b else 'n/a (node <1 ms)', 'same' if same else 'DIFFER'))
PY
