// dayjs: parse, format, arithmetic, plugins (utc, relativeTime, duration).
const dayjs = require('dayjs');
const utc = require('dayjs/plugin/utc');
const relativeTime = require('dayjs/plugin/relativeTime');
const duration = require('dayjs/plugin/duration');
const customParseFormat = require('dayjs/plugin/customParseFormat');
dayjs.extend(utc); dayjs.extend(relativeTime); dayjs.extend(duration); dayjs.extend(customParseFormat);
const d = dayjs.utc('2024-02-28T13:45:30.123Z');
console.log(d.format(), d.format('YYYY-MM-DD HH:mm:ss.SSS dddd MMMM'), d.toISOString(), d.valueOf());
console.log(d.add(1, 'day').format('YYYY-MM-DD'), d.add(2, 'day').format('YYYY-MM-DD'), d.subtract(3, 'month').format('YYYY-MM'));
console.log(d.startOf('month').toISOString(), d.endOf('year').toISOString(), d.day(), d.daysInMonth());
console.log(d.diff(dayjs.utc('2024-01-01'), 'day'), d.isBefore(dayjs.utc('2025-01-01')), d.from(d.add(3, 'hour')), d.to(d.subtract(2, 'year')));
console.log(dayjs.duration(90061000).format('D[d] HH:mm:ss'), dayjs.duration({ hours: 2, minutes: 30 }).asMinutes());
console.log(dayjs.utc('05/03/2021', 'DD/MM/YYYY').format('YYYY-MM-DD'), dayjs('not a date').isValid(), dayjs.utc(0).unix());
