#!/bin/sh
# bench/idle.sh: what an idle guest costs its host. The guest waits on one
# 5-second timer (the core halts until the deadline); QEMU's CPU time
# (utime + stime from /proc/PID/stat) over 4 s of that wait, divided by the
# wall time, is the figure: the share of one host CPU an idle unijs service
# takes. Target: under 2 %. UNIJS_ACCEL=kvm|tcg|auto chooses the accelerator.
. "$(dirname "$0")/common.sh"

cat >"$bdir/idle.js" <<'JS'
console.log('waiting');
setTimeout(function () { console.log('done'); }, 5000);
JS
bench_image idle "$bdir/idle.js"

python3 - "$bdir/idle.elf" <<'PY'
import os, subprocess, sys, time
tck = os.sysconf('SC_CLK_TCK')
p = subprocess.Popen(['sh', 'scripts/run.sh', '--timeout', '30', sys.argv[1]],
                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT)

def qemu_pid(parent):
    for d in os.listdir('/proc'):
        if not d.isdigit():
            continue
        try:
            st = open('/proc/%s/stat' % d).read()
            cmd = open('/proc/%s/cmdline' % d, 'rb').read()
        except OSError:
            continue
        ppid = int(st.rsplit(')', 1)[1].split()[1])
        if b'qemu-system' in cmd and (ppid == parent or qemu_parent(ppid, parent)):
            return int(d)
    return None

def qemu_parent(pid, parent):  # run.sh may put `timeout` in between
    try:
        st = open('/proc/%d/stat' % pid).read()
    except OSError:
        return False
    return int(st.rsplit(')', 1)[1].split()[1]) == parent

def cpu(pid):
    f = open('/proc/%d/stat' % pid).read().rsplit(')', 1)[1].split()
    return (int(f[11]) + int(f[12])) / tck  # utime, stime

out = b''
while b'waiting' not in out:
    c = os.read(p.stdout.fileno(), 4096)
    if not c:
        sys.exit('bench: the guest ended before waiting: %r' % out)
    out += c
pid = qemu_pid(p.pid)
if pid is None:
    sys.exit('bench: cannot find the QEMU process')
time.sleep(0.3)  # let the guest settle into its wait
c0, t0 = cpu(pid), time.monotonic()
time.sleep(4.0)
c1, t1 = cpu(pid), time.monotonic()
out += p.stdout.read()
p.wait()
share = (c1 - c0) / (t1 - t0) * 100
print('idle guest: QEMU used %.2f s CPU over %.2f s wall = %.2f %% of one CPU (target < 2 %%; '
      'CPU time is counted in 1/%d s)' % (c1 - c0, t1 - t0, share, tck))
print('guest said: %s' % out.decode(errors='replace').replace('\r', '').strip().replace('\n', ' / '))
PY
