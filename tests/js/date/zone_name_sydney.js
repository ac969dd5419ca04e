// Env: TZ=Australia/Sydney
// Date.prototype.toString names the zone as V8 does (CLDR's long names,
// standard and daylight), across the year and in the past.
const moments = [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12), Date.UTC(2026, 2, 29, 0, 30), 0, Date.UTC(1995, 5, 1), Date.UTC(2040, 9, 1)];
for (const t of moments) {
  const d = new Date(t);
  console.log(d.toString(), '|', d.toTimeString());
}
console.log(String(new Date(Date.UTC(2026, 10, 26, 17, 32))));
