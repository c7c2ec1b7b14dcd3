// env: TZ=UTC
// Date.parse and new Date(string) read what V8 reads: ISO 8601, RFC 1123 /
// RFC 2822 (HTTP dates), and the informal forms packages use. The date
// formats are Node's (toString, toUTCString, toLocale*String).
var inputs = [
  'Tue, 15 Nov 1994 08:12:31 GMT', '15 Nov 1994 08:12:31 GMT', 'Tue, 15 Nov 1994 08:12:31 +0200',
  'Tue, 15 Nov 1994 08:12:31 -0530', 'Tue, 15 Nov 1994 08:12:31 UT', 'Tue, 15 Nov 1994 08:12:31 UTC',
  'Tue, 15 Nov 1994 08:12:31 EST', 'Tue, 15 Nov 1994 08:12:31 EDT', 'Tue, 15 Nov 1994 08:12:31 CST',
  'Tue, 15 Nov 1994 08:12:31 PDT', 'Tue, 15 Nov 1994 08:12:31 MST', 'Tue, 15 Nov 1994 08:12:31 Z',
  'Sunday, 06-Nov-94 08:49:37 GMT', 'Sun Nov  6 08:49:37 1994', 'Thu, 01 Jan 1970 00:00:00 GMT',
  'Nov 15 1994', 'Nov 15, 1994', '15 Nov 1994', 'November 15, 1994 10:00:00', 'Nov 15 1994 10:00 PM',
  'Nov 15 1994 12:30 am', '1994/11/15', '1994/11/15 08:12', '1994/11/15 08:12:31', '11/15/1994',
  '11/15/1994 08:12:31', '11/15/94', '1/2/2003', '2020-01-01', '2020-01-01T10:00:00Z',
  '2020-01-01T10:00:00.123Z', '2020-01-01T10:00:00.123456Z', '2020-01-01T10:00:00+02:00',
  '2020-01-01T10:00:00+0200', '2020-01-01 10:00:00', '2020-01-01 10:00:00Z', '2020-01-01T10:00',
  '2020-01', '2020', 'Fri Dec 31 2021 23:59:59 GMT+0000 (Coordinated Universal Time)',
  'Fri Dec 31 2021 23:59:59 GMT+0100', 'Mon, 31 Dec 2001 23:59:59 GMT',
  '', 'garbage', 'Nov 35 1994', '2020-13-01', 'Tue, 15 Nov 1994 25:12:31 GMT', '1994/11/15 08:61'
];
inputs.forEach(function (s) {
  var t = Date.parse(s);
  console.log(JSON.stringify(s), t, isNaN(t) ? '' : new Date(t).toISOString(), new Date(s).getTime() === t || (isNaN(t) && isNaN(new Date(s).getTime())));
});
var d = new Date(Date.UTC(2021, 11, 31, 23, 59, 59, 999));
console.log(String(d));
console.log(d.toUTCString(), '|', d.toGMTString());
console.log(d.toDateString(), '|', d.toTimeString());
console.log(d.toLocaleString(), '|', d.toLocaleDateString(), '|', d.toLocaleTimeString());
var noon = new Date(Date.UTC(2000, 0, 2, 12, 5, 6)), midnight = new Date(Date.UTC(2000, 6, 4, 0, 0, 0));
console.log(noon.toLocaleTimeString(), midnight.toLocaleTimeString(), midnight.toString(), noon.toUTCString());
console.log(new Date(Date.UTC(5, 0, 1)).toUTCString(), new Date(-1e14).toUTCString());
var bad = new Date(NaN);
console.log(String(bad), bad.toUTCString(), bad.toDateString(), bad.toLocaleString());
console.log(typeof Date(), Date().length > 20);
var d=new Date(-6.3e13); console.log(String(d), d.toUTCString()); d=new Date(Date.UTC(-5,0,1)); console.log(String(d), d.toUTCString()); d=new Date(8e15); console.log(String(d), d.toUTCString())
