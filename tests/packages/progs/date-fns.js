// date-fns: format, arithmetic, parsing, intervals (dates in UTC: TZ=UTC).
const { format, addDays, differenceInDays, parseISO, isValid, formatDistance, startOfWeek, eachDayOfInterval, isWeekend, formatISO, subMonths, compareAsc, parse, intervalToDuration } = require('date-fns');
const d = parseISO('2024-02-28T13:45:30Z');
console.log(format(d, 'yyyy-MM-dd HH:mm:ss'), format(d, "EEEE, MMMM do yyyy 'at' h:mm a"), formatISO(d));
console.log(format(addDays(d, 2), 'yyyy-MM-dd'), differenceInDays(d, parseISO('2024-01-01')), isValid(parseISO('nope')));
console.log(formatDistance(d, addDays(d, 3)), formatDistance(d, subMonths(d, 14), { addSuffix: true }));
console.log(format(startOfWeek(d, { weekStartsOn: 1 }), 'yyyy-MM-dd'), eachDayOfInterval({ start: d, end: addDays(d, 3) }).map((x) => format(x, 'EEE')));
console.log(isWeekend(parseISO('2024-03-02')), [addDays(d, 1), d].sort(compareAsc).map((x) => x.getUTCDate()));
console.log(format(parse('05/03/2021', 'dd/MM/yyyy', new Date(0)), 'yyyy-MM-dd'), intervalToDuration({ start: d, end: addDays(d, 40) }));
