const items = [1, 2, 3];
let sum = 0;
for (const i of items) {
  sum += i;
  console.log('sum so far', sum);
}
const settings = { theme: 'dark', size: 12 };
for (const key of Object.keys(settings)) console.log(key, settings[key]);
try {
  settings.missing.value;
} catch (e) {
  console.log('first access caught:', e.message);
}
const config = undefined;
console.log('about to read property');
console.log(config.value);
console.log('never printed');
