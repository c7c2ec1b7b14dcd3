// Number formatting.
console.log(0.5 + 0.25, 1e21, 1e-7, 123e-20, -0, [-0], 0);
console.log((1234.5678).toFixed(2), (0.000001).toFixed(7), (1e21).toFixed(2), (-1.5).toFixed(0));
console.log((1234.5678).toExponential(2), (0).toExponential(2), (100).toExponential());
console.log((123.456).toPrecision(4), (0.001).toPrecision(1), (123456).toPrecision(2), (1.25).toPrecision(3));
console.log(1 / 3, 100, 1e100, 2e-300, -1e-10);
console.log(9007199254740993, 0xff, 1e16, 123456789012);
console.log(parseInt('42px'), parseFloat('3.14abc'), Number('  12  '), Number(''), Number('x'));
console.log((255).toString(16), (255).toString(2), (-255).toString(36));
console.log(Math.round(2.5), Math.round(-2.5), Math.floor(-1.1), Math.pow(2, 53));
console.log(String(1e21), String(123456789e15), 5e-7 * 2);
