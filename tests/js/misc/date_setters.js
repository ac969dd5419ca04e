// Date setters (local time is UTC on the machines tests run on): fields
// replaced from the first argument on, overflow carried, invalid dates.
const d = new Date(Date.UTC(2020, 1, 29, 12, 30, 15, 500));
console.log(d.setFullYear(2021), d.toISOString());
console.log(d.setMonth(13, 31), d.toISOString());
console.log(d.setDate(0), d.toISOString());
console.log(d.setHours(25, 61, 61, 1001), d.toISOString());
console.log(d.setMinutes(-1), d.toISOString());
console.log(d.setSeconds(3600.9), d.toISOString());
console.log(d.setMilliseconds(-1), d.toISOString());
console.log(d.setUTCHours(3), d.setTime(0), d.toISOString());
const bad = new Date(NaN);
console.log(bad.setDate(1), bad.setFullYear(2000), bad.toISOString());
console.log(new Date(0).setHours(), new Date(0).setMonth(1e20));
console.log(Date.prototype.setUTCMinutes.length, Date.prototype.setFullYear.length);
