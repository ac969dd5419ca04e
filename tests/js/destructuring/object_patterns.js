const person = { name: 'Ann', age: 31, address: { city: 'Oslo', zip: '0150' }, tags: ['a', 'b'] };
const { name, age } = person;
console.log(name, age);
const { name: fullName, missing, alsoMissing = 'default' } = person;
console.log(fullName, missing, alsoMissing);
const { address: { city, zip: postal } } = person;
console.log(city, postal);
const { tags: [firstTag, ...otherTags] } = person;
console.log(firstTag, otherTags);
const { name: n2, ...restOfPerson } = person;
console.log(n2, restOfPerson);
const key = 'age';
const { [key]: computedAge } = person;
console.log(computedAge);
const { length } = 'hello';
console.log(length);
const { toFixed } = 5;
console.log(typeof toFixed);
const { a = 1, b = a + 1, c = a + b } = { a: 10 };
console.log(a, b, c);
const { x: { y: { z = 'deep default' } = {} } = {} } = {};
console.log(z);
const { nullish = 'used' } = { nullish: null };
console.log(nullish);
const { undef = 'used' } = { undef: undefined };
console.log(undef);
try {
  const { boom } = null;
} catch (e) {
  console.log(e instanceof TypeError);
}
const { 'quoted-key': qk, 0: zero } = { 'quoted-key': 'Q', 0: 'Z' };
console.log(qk, zero);
