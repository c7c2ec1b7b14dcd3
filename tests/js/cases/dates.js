// Fixed dates only (no local time zone dependence).
var d = new Date(Date.UTC(2021, 11, 31, 23, 59, 59, 999));
console.log(d.toISOString());
console.log(d.getTime(), d.valueOf() === d.getTime());
console.log(JSON.stringify({ d: d }));
console.log(new Date('2020-01-01T00:00:00.000Z').getTime());
console.log(new Date(0).toISOString(), new Date(-1).toISOString());
console.log(Date.UTC(1970, 0, 1), Date.UTC(2000, 0, 1));
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours());
console.log([d, new Date(1e12)]);
console.log(typeof Date.now(), Date.now() > 1.5e12);
