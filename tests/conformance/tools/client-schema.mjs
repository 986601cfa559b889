// The graphql-js oracle for introspection results: reads a JSON array of introspection results ({ __schema }) on
// stdin and writes, for each, printSchema(buildClientSchema(result)) or the error buildClientSchema threw.
import { buildClientSchema, printSchema } from 'graphql';

let input = '';
for await (const chunk of process.stdin) input += chunk;

const outcomes = JSON.parse(input).map((result) => {
  try {
    return { ok: true, printed: printSchema(buildClientSchema(result)) };
  } catch (error) {
    return { ok: false, message: String(error.message) };
  }
});
process.stdout.write(JSON.stringify(outcomes));
