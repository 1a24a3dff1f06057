// Seeded random datasets (half with named graphs) full of symmetric blank nodes, canonicalised by rdf-canonize
// 3.4.0 (the reference implementation, as jsonld.js 8.3.3 uses it). Run: node generate-reference-cases.js > reference-cases.json
const canonize = require('rdf-canonize');
let seed = 20261129;
// mulberry32
const rnd = n => { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed);
  t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) % n; };
(async () => {
  const cases = [];
  for (let c = 0; c < 200; c++) {
    const graphs = c % 2 === 0; // half of the cases use named graphs, half only the default graph
    const blanks = 2 + rnd(6), lines = new Set();
    const term = () => rnd(3) === 0 ? `<http://example.org/i${rnd(3)}>` : `_:n${rnd(blanks)}`;
    const count = 3 + rnd(12);
    for (let i = 0; i < count; i++) {
      const s = term(), p = `<http://example.org/p${rnd(3)}>`;
      const o = rnd(3) === 0 ? `"v${rnd(2)}"` : term();
      const g = !graphs || rnd(2) === 0 ? '' : (rnd(2) === 0 ? ` _:g${rnd(2)}` : ` <http://example.org/g${rnd(2)}>`);
      lines.add(`${s} ${p} ${o}${g} .\n`);
    }
    const input = [...lines].join('');
    const expected = await canonize.canonize(canonize.NQuads.parse(input), {algorithm: 'URDNA2015'});
    cases.push({input, expected});
  }
  process.stdout.write(JSON.stringify(cases, null, 1));
})();
