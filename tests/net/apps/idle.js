// tests/net/run.sh: keeps the event loop alive for a moment, so that lwIP
// starts on the loop and DHCP binds, then ends with exit code 0.
setTimeout(function () {}, 1500);
