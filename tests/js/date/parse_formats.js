// Env: TZ=America/New_York
// Date.parse beyond the ISO format, as V8 reads it: toString and
// toUTCString output round-trip, month names, slashes, AM/PM, zone names
// and offsets, comments in parentheses; local time when no zone is given;
// garbage after the first number is rejected.
const inputs = [
  'March 7, 2024', 'Mar 7 2024 10:20', '2024/03/07', '03/07/2024', '7 March 2024',
  'Thursday, March 7, 2024', '2024-3-7', '2024-03-07 10:20:30', 'Mar 7, 2024 10:20:30 PM',
  'Thu Mar 07 2024 10:20:30 GMT+0100', 'Thu, 07 Mar 2024 10:20:30 GMT',
  'Jan 1 1970 00:00:00 UTC', 'Jan 1 1970 00:00:00 EST', 'Jul 4 2024 12:00 PDT',
  '1 Jan 2000 12:00 +0530', 'Mar 7 2024 10:00 GMT-08:00', 'Mar 7 2024 GMT-8',
  'Sat, 01-Jan-2000 08:00:00 GMT', 'Mar-07-2024', '2024.03.07', '7.3.2024',
  'Mar 7 2024 10:20 (Pacific Standard Time)', 'Mar 7 2024 10:20:30.5', 'Mar 7 2024 10:20:30:40',
  'Mar 7 2024 12:00 AM', 'Mar 7 2024 24:00', 'Mar 7', '7', 'Mar 2024', '2024 5', '99', '0 1 2',
  'Mar 7 24', 'Mar 7 99', 'Mar 7 100', 'foo Mar 7 2024', 'MARCH 7 2024', 'Marc 7 2024',
  // Rejected:
  'Mar 7 2024 10:00 foo', 'Mar 32 2024', '2024/13/01', 'Mar 7 2024 13:00 PM', 'Mar 7 2024 10pm',
  'Mar 7 -1', 'Mar 7 2024 +0100', 'Mar 7 2024 10 20', '1 2 3 4', '5 2024', 'Ma 7 2024',
  '2024-03-07T10:20 GMT', '2024-03-07T25:00', '12:00', '', 'garbage',
];
for (const s of inputs) {
  const t = Date.parse(s);
  console.log(JSON.stringify(s).padEnd(48), Number.isNaN(t) ? 'NaN' : new Date(t).toISOString());
}
for (const d of [new Date(2026, 10, 26, 17, 32, 45), new Date(1969, 6, 20, 20, 17), new Date(2024, 2, 10, 3, 30)]) {
  console.log(Date.parse(d.toString()) === d.getTime(), Date.parse(d.toUTCString()) === d.getTime(),
    new Date(d.toDateString()).getDate() === d.getDate());
}
console.log(new Date('December 17, 1995 03:24:00').toISOString());
