// The graphql-js oracle for the .NET validation tests: reads {schema, cases: [{rule, query}]} on stdin, where rule
// names one of graphql-js 16's specified rules (or is null for all of them), and writes, for each case, the errors
// as "message (line:column)..." strings.
import { buildSchema, parse, specifiedRules, validate } from 'graphql';

let input = '';
for await (const chunk of process.stdin) input += chunk;

const { schema: sdl, cases } = JSON.parse(input);
const schema = buildSchema(sdl);
const results = cases.map(({ rule, query }) => {
  const rules = rule === null ? specifiedRules : specifiedRules.filter((r) => r.name === rule);
  if (rules.length === 0) throw new Error(`Unknown rule ${rule}`);
  return validate(schema, parse(query), rules).map(
    (error) => error.message + (error.locations ?? []).map((l) => ` (${l.line}:${l.column})`).join(''),
  );
});
process.stdout.write(JSON.stringify(results));
