// Times graphql-js 16 on the same documents as the .NET benchmarks, in the same run, and prints JSON.
// Usage: node measure.mjs parse <file>...
//        node measure.mjs validate <schema.graphql> <file>...
//        node measure.mjs execute <schema.graphql> <root-value.json> <file>...
// Each file is timed in samples of about 250 ms after a 2 s warm-up; the mean, median and minimum of the samples
// are reported (the reports use the median, the least disturbed by the shared machine's noise). `validate` builds the schema once and parses each document once, before timing; it fails when a
// document does not validate, so both engines are timed on valid documents. `execute` runs each parsed, valid
// document against the root value (plain objects read by the default resolver) with $id = "u1"; it fails on errors.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const require = createRequire(new URL('../../tests/conformance/package.json', import.meta.url));
const graphql = require('graphql');

const operations = {
  parse: { prepare: () => (source) => () => graphql.parse(source) },
  validate: {
    prepare: (args) => {
      const schema = graphql.buildSchema(readFileSync(args.shift(), 'utf8'));
      const schemaErrors = graphql.validateSchema(schema);
      if (schemaErrors.length > 0) throw new Error(`invalid schema: ${schemaErrors.join('; ')}`);
      return (source, file) => {
        const document = graphql.parse(source);
        const errors = graphql.validate(schema, document);
        if (errors.length > 0) throw new Error(`${file} does not validate: ${errors.join('; ')}`);
        return () => graphql.validate(schema, document);
      };
    },
  },
  execute: {
    prepare: (args) => {
      const schema = graphql.buildSchema(readFileSync(args.shift(), 'utf8'));
      const rootValue = JSON.parse(readFileSync(args.shift(), 'utf8'));
      return (source, file) => {
        const document = graphql.parse(source);
        const errors = graphql.validate(schema, document);
        if (errors.length > 0) throw new Error(`${file} does not validate: ${errors.join('; ')}`);
        const run = () => graphql.execute({ schema, document, rootValue, variableValues: { id: 'u1' } });
        const result = run();
        if (result.errors) throw new Error(`${file} fails: ${result.errors.join('; ')}`);
        return run;
      };
    },
  },
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

const [operation, ...args] = process.argv.slice(2);
if (!operations[operation]) throw new Error(`unknown operation ${operation}`);
const make = operations[operation].prepare(args); // validate and execute take their inputs off the front of args
const results = args.map((file) => ({
  document: basename(file),
  ...measure(make(readFileSync(file, 'utf8'), file)),
}));
console.log(JSON.stringify({ graphqlVersion: graphql.version, node: process.version, results }));
