// Env: TZ=Europe/Paris
// Local time in a zone with daylight saving time: getters, setters,
// getTimezoneOffset, local Date construction and parsing, and toString's
// offset (the zone's name is printed from ICU by Node, so it is cut off).
const show = d => d.toString().replace(/ \(.*\)$/, '');
const winter = new Date(Date.UTC(2026, 0, 15, 12, 30));
const summer = new Date(Date.UTC(2026, 6, 15, 12, 30));
for (const d of [winter, summer]) {
  console.log(d.getHours(), d.getUTCHours(), d.getTimezoneOffset(), d.getDate(), d.getDay(), show(d));
  console.log(d.toISOString(), d.toUTCString(), d.toDateString(), d.toTimeString().slice(0, 17));
}
// Local construction across the spring-forward gap and the fall-back overlap.
for (const args of [[2026, 2, 29, 1, 30], [2026, 2, 29, 2, 30], [2026, 2, 29, 3, 30],
  [2026, 9, 25, 2, 30], [2026, 9, 25, 3, 30], [1970, 0, 1], [2040, 6, 1, 12]]) {
  const d = new Date(...args);
  console.log(args.join('-'), d.getTime(), show(d), d.getTimezoneOffset());
}
// Parsing: date-times without an offset are local, date-only forms UTC.
for (const s of ['2026-07-01T12:00', '2026-07-01T12:00:00.5', '2026-07-01', '2026-01-01T00:00Z',
  '2026-07-01T12:00+05:30', '1969-12-31T23:00']) {
  console.log(s, Date.parse(s));
}
// Setters work in local time, the UTC twins in UTC.
const d = new Date(Date.UTC(2026, 2, 28, 12));
d.setDate(29);
console.log(d.toISOString(), d.getHours());
d.setHours(2, 30);
console.log(d.toISOString(), d.getHours(), d.getMinutes());
d.setUTCHours(0);
console.log(d.toISOString(), d.getHours());
d.setMonth(9, 25);
d.setHours(2, 30);
console.log(d.toISOString(), d.getTimezoneOffset());
d.setFullYear(1999);
console.log(d.toISOString(), d.getFullYear(), d.getTimezoneOffset());
console.log(show(new Date(0)), show(new Date(-1e12)), show(new Date(8.64e15)));
