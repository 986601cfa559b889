// The @apollo/subgraph oracle for federation subgraphs: reads a JSON array of subgraph SDL sources on stdin and
// writes, for each, what buildSubgraphSchema makes of it: the SDL its `_service { sdl }` returns, and graphql-js's
// printSchema of the executable schema (the definitions federation adds, without applied directives); or the error.
import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse, printSchema } from 'graphql';

let input = '';
for await (const chunk of process.stdin) input += chunk;

const results = [];
for (const source of JSON.parse(input)) {
  try {
    const schema = buildSubgraphSchema([{ typeDefs: parse(source) }]);
    const response = await graphql({ schema, source: '{ _service { sdl } }' });
    if (response.errors) throw new Error(response.errors.map((e) => e.message).join('; '));
    results.push({ ok: true, sdl: response.data._service.sdl, printed: printSchema(schema) });
  } catch (error) {
    results.push({ ok: false, message: String(error.message) });
  }
}
process.stdout.write(JSON.stringify(results));
