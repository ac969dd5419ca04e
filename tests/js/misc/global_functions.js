console.log(isNaN(NaN), isNaN('x'), isNaN('12'), isNaN(undefined), isNaN(null));
console.log(isFinite(1 / 0), isFinite('1e3'), isFinite(null));
console.log(parseInt('08'), parseInt('0.9'), parseInt(' 12 34'), parseInt('-'), parseInt('+5'));
console.log(parseFloat('1.2.3'), parseFloat('  -0'), parseFloat('1e-3x'), Object.is(parseFloat('-0'), -0));
console.log(encodeURIComponent('a b&c=d/é'), decodeURIComponent('a%20b%26c'));
console.log(encodeURI('http://x.com/a b?q=1&r=é'), decodeURI('%41%20'));
console.log(typeof globalThis.parseInt, globalThis.parseInt === parseInt);
console.log(String(undefined), String(null), Boolean('false'), Number('  '), Number('\n42\t'));
console.log(Array.isArray(Array.prototype), typeof Array.prototype);
console.log(Number.isNaN(Number.NaN), Number.NaN === Number.NaN);
console.log([1, 2, 3].map(String), ['1', '2'].map(Number), [0, 1, ''].map(Boolean));
console.log(Object.prototype.toString.call(undefined), Object.prototype.toString.call(() => {}));
const roundTrip = s => decodeURIComponent(encodeURIComponent(s)) === s;
console.log(['plain', 'with space', 'ünïcödé', '😀', 'a/b?c=d&e'].map(roundTrip));
try { decodeURIComponent('%'); } catch (e) { console.log(e.name); }
console.log(Number.parseInt('42px'), Number.parseFloat('4.2e1px'));
console.log(globalThis.isNaN === isNaN, Number.isNaN === isNaN);
