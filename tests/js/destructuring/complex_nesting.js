const config = {
  server: { host: 'localhost', ports: [8080, 8443], tls: { enabled: true } },
  users: [
    { name: 'root', perms: { read: true, write: true } },
    { name: 'guest', perms: { read: true } },
  ],
};
const {
  server: { host, ports: [httpPort, httpsPort = 443, extraPort = 'none'], tls: { enabled: tlsOn, cert = 'self-signed' } },
  users: [{ name: adminName }, { perms: { write: guestWrite = false } }],
} = config;
console.log(host, httpPort, httpsPort, extraPort, tlsOn, cert, adminName, guestWrite);
const data = [[1, { v: [2, 3] }], [4, { v: [5] }]];
for (const [n, { v: [p, q = 0] }] of data) console.log(n, p, q);
const mapData = new Map([[{ id: 1 }, ['x', 'y']], [{ id: 2 }, ['z']]]);
for (const [{ id }, [first, second = '-']] of mapData) console.log(id, first, second);
function parse([cmd, ...args], { dryRun = false } = {}) {
  return { cmd, args, dryRun };
}
console.log(parse(['mv', 'a', 'b']));
console.log(parse(['ls'], { dryRun: true }));
let order = [];
const { [(order.push('key1'), 'a')]: A = (order.push('def1'), 1), [(order.push('key2'), 'b')]: B = (order.push('def2'), 2) } = { a: 'present' };
console.log(A, B, order);
const { a: { b: { c: [, { d }] } } } = { a: { b: { c: [0, { d: 'found' }] } } };
console.log(d);
