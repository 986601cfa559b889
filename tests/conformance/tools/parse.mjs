// The graphql-js oracle for the .NET conformance tests: reads a JSON array of GraphQL sources on stdin and
// writes, for each, what graphql-js 16 makes of it: the printed document, or the syntax error and where.
import { parse, print } from 'graphql';

let input = '';
for await (const chunk of process.stdin) input += chunk;

const results = JSON.parse(input).map((source) => {
  try {
    return { ok: true, printed: print(parse(source)) };
  } catch (error) {
    const [location] = error.locations ?? [{}];
    return { ok: false, message: error.message, line: location.line, column: location.column };
  }
});
process.stdout.write(JSON.stringify(results));
