// Env: TZ=America/Los_Angeles
// toLocaleString, toLocaleDateString and toLocaleTimeString in en-US, with
// the component options, hour12 (midnight is 24 with hour12: false, as in
// Node) and timeZone.
{
const d = new Date(Date.UTC(2026, 10, 26, 17, 2, 5));
const opts = [undefined, {}, {year:'numeric'}, {month:'long'}, {month:'short'}, {month:'narrow'}, {month:'2-digit'}, {day:'numeric'}, {day:'2-digit'}, {weekday:'long'}, {weekday:'short'},
 {year:'numeric', month:'long'}, {month:'long', day:'numeric'}, {year:'numeric', month:'long', day:'numeric'}, {weekday:'long', year:'numeric', month:'long', day:'numeric'},
 {weekday:'short', year:'numeric', month:'short', day:'numeric'}, {year:'2-digit', month:'2-digit', day:'2-digit'}, {year:'numeric', month:'numeric'}, {month:'numeric', day:'numeric'},
 {weekday:'long', month:'numeric', day:'numeric'}, {hour:'numeric'}, {hour:'2-digit', minute:'2-digit'}, {hour:'numeric', minute:'2-digit', hour12:false}, {hour12:false}, {minute:'2-digit'}, {second:'numeric'},
 {year:'numeric', month:'long', day:'numeric', hour:'numeric', minute:'numeric'}, {weekday:'long', hour:'numeric'}, {month:'short', day:'numeric', hour:'numeric', minute:'2-digit'}, {year:'numeric', month:'short'}];
for (const o of opts) {
  const oo = o && { ...o, timeZone: 'UTC' };
  console.log(JSON.stringify(o), '|', d.toLocaleString('en-US', oo), '|', d.toLocaleDateString('en-US', oo), '|', d.toLocaleTimeString('en-US', oo));
}
}
{
const dates = [new Date(Date.UTC(2026, 0, 5, 0, 5, 9)), new Date(Date.UTC(2026, 6, 4, 12, 0, 0)), new Date(Date.UTC(999, 11, 31, 23, 59, 59)), new Date(Date.UTC(2024, 1, 29, 7, 8, 9))];
const opts = [undefined, { hour12: false }, { hour: '2-digit', minute: '2-digit', hour12: false }, { weekday: 'short', hour: 'numeric', minute: '2-digit' },
  { year: 'numeric', month: 'short', day: '2-digit' }, { month: 'long', year: 'numeric' }, { hour: 'numeric' }, { minute: '2-digit', second: '2-digit' }];
for (const zone of ['UTC', 'America/New_York', 'Asia/Kolkata', 'Europe/Paris']) {
  for (const d of dates) {
    for (const o of opts) {
      const oo = { ...o, timeZone: zone };
      console.log(zone, JSON.stringify(o), '|', d.toLocaleString('en-US', oo), '|', d.toLocaleDateString(undefined, oo), '|', d.toLocaleTimeString([], oo));
    }
  }
}
console.log(new Date(NaN).toLocaleString(), new Date(NaN).toLocaleDateString(), new Date(NaN).toLocaleTimeString());
for (const bad of [{ timeZone: 'Mars/Olympus' }, { month: 'longest' }, { hour: 'long' }]) {
  try { new Date(0).toLocaleString('en-US', bad); } catch (e) { console.log(e.constructor.name, e.message); }
}
try { Date.prototype.toLocaleString.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Date.prototype.toLocaleString.length, Date.prototype.toLocaleTimeString.name);
}
