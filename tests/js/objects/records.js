'use strict';
const inventory = [
  { sku: 'A1', name: 'widget', qty: 10, price: 2.5, tags: ['tools'] },
  { sku: 'B2', name: 'gadget', qty: 0, price: 10, tags: ['tech', 'tools'] },
  { sku: 'C3', name: 'doohickey', qty: 5, price: 7.25, tags: [] },
  { sku: 'D4', name: 'thingamajig', qty: 2, price: 100, tags: ['tech'] },
];
const bySku = Object.fromEntries(inventory.map(item => [item.sku, item]));
console.log(Object.keys(bySku), bySku.C3.name);
const inStock = inventory.filter(i => i.qty > 0).map(({ sku, qty }) => ({ sku, qty }));
console.log(inStock);
const value = inventory.reduce((sum, { qty, price }) => sum + qty * price, 0);
console.log('inventory value', value);
const byTag = {};
for (const item of inventory) for (const t of item.tags) (byTag[t] ??= []).push(item.sku);
console.log(byTag);
const updated = inventory.map(item => (item.sku === 'B2' ? { ...item, qty: item.qty + 20 } : item));
console.log(updated[1].qty, inventory[1].qty, updated[0] === inventory[0]);
const summary = inventory.map(({ name, qty, price }) => `${name.padEnd(12)}${String(qty).padStart(4)}${price.toFixed(2).padStart(9)}`);
console.log(summary.join('\n'));
const cheapest = inventory.reduce((best, i) => (i.price < best.price ? i : best));
console.log('cheapest', cheapest.name);
const clone = JSON.parse(JSON.stringify(inventory[0]));
clone.tags.push('copied');
console.log(inventory[0].tags, clone.tags);
const keysUnion = [...new Set(inventory.flatMap(Object.keys))];
console.log(keysUnion);
