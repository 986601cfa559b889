// Schema stitching as an outside client: reads { url, requests: [{ query, variables }] } on stdin, builds the
// remote schema of the GraphQL endpoint at url from its introspection (through @graphql-tools/executor-http),
// stitches it beside a local schema with @graphql-tools/stitch, and runs each request both through the stitched
// schema and straight against the endpoint. Writes { results: [{ stitched, direct }] }.
import { buildHTTPExecutor } from '@graphql-tools/executor-http';
import { stitchSchemas } from '@graphql-tools/stitch';
import { GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, buildClientSchema, getIntrospectionQuery, graphql, parse } from 'graphql';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { url, requests = [] } = JSON.parse(input);

const executor = buildHTTPExecutor({ endpoint: url });
const introspection = await executor({ document: parse(getIntrospectionQuery()) });
if (introspection.errors) throw new Error(JSON.stringify(introspection.errors));
const remote = buildClientSchema(introspection.data);

const local = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      greeting: {
        type: new GraphQLNonNull(GraphQLString),
        args: { name: { type: GraphQLString, defaultValue: 'world' } },
        resolve: (_, { name }) => `Hello, ${name}!`,
      },
    },
  }),
});
const stitched = stitchSchemas({ subschemas: [{ schema: remote, executor }, { schema: local }] });

const plain = (result) => JSON.parse(JSON.stringify({ ...(result.errors ? { errors: result.errors.map((e) => ({ message: e.message, path: e.path })) } : {}), data: result.data ?? null }));
const results = [];
for (const { query, variables = {} } of requests) {
  const viaStitching = await graphql({ schema: stitched, source: query, variableValues: variables });
  const direct = await executor({ document: parse(query), variables });
  results.push({ stitched: plain(viaStitching), direct: plain(direct) });
}
process.stdout.write(JSON.stringify({ results }));
