// Times graphql-js 16 on the same documents as the .NET benchmarks, in the same run, and prints JSON.
// Usage: node measure.mjs <operation> <file>...   (operation: parse)
// Each file is timed in samples of about 250 ms after a 2 s warm-up; the mean, median and minimum of the samples
// are reported (the report uses the median, the least disturbed by the shared machine's noise).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const require = createRequire(new URL('../../tests/conformance/package.json', import.meta.url));
const graphql = require('graphql');

const operations = {
  parse: (source) => () => graphql.parse(source),
};

function measure(run) {
  const warmUntil = performance.now() + 2000;
  while (performance.now() < warmUntil) run();
  const samples = [];
  for (let s = 0; s < 15; s++) {
    let iterations = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0n;
    while (elapsed < 250_000_000n) {
      for (let i = 0; i < 20; i++) run();
      iterations += 20;
      elapsed = process.hrtime.bigint() - start;
    }
    samples.push(Number(elapsed) / iterations);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return { meanNs: mean, medianNs: samples[Math.floor(samples.length / 2)], minNs: samples[0] };
}

const [operation, ...files] = process.argv.slice(2);
const make = operations[operation];
if (!make) throw new Error(`unknown operation ${operation}`);
const results = files.map((file) => ({
  document: basename(file),
  ...measure(make(readFileSync(file, 'utf8'))),
}));
console.log(JSON.stringify({ graphqlVersion: graphql.version, node: process.version, results }));
