// tests/boot/smp.sh: the other cores start when the boot core first has
// nothing to do (docs/internals.md "SMP"). This app never asks for them
// and never ends: its loop waits on a far timer, so it idles, and the
// test stops the machine once the board has said how many cores came up.
console.log('Hello from unijs!');
setInterval(function () {}, 1e9);
