// The graphql-js oracle for SDL printing: reads a JSON array of SDL sources on stdin and writes, for each,
// printSchema(buildSchema(source)), or the error graphql-js reports.
import { buildSchema, printSchema } from 'graphql';

let input = '';
for await (const chunk of process.stdin) input += chunk;

const results = JSON.parse(input).map((source) => {
  try {
    return { ok: true, printed: printSchema(buildSchema(source)) };
  } catch (error) {
    return { ok: false, message: error.message };
  }
});
process.stdout.write(JSON.stringify(results));
