// The Apollo gateway as an outside client: reads { subgraphs: [{ name, url }], companions: [module], requests:
// [{ query, variables }] } on stdin, composes a supergraph at start-up from each subgraph's `_service { sdl }`
// (IntrospectAndCompose) and runs each request through the gateway, which plans it across the subgraphs and calls
// their `_entities`. Remote subgraphs are reached over HTTP at their url; companions are subgraphs written with
// @apollo/subgraph in this folder (each module's default export: { name, typeDefs, resolvers }), run in process.
// Writes { results: [response...], fetches: [[{ subgraph, query, variables }...]...] } (fetches: what the gateway sent
// the remote subgraphs for each request), or { error } when the gateway does not start.
import { createHash } from 'node:crypto';
import { ApolloGateway, IntrospectAndCompose, LocalGraphQLDataSource, RemoteGraphQLDataSource } from '@apollo/gateway';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { subgraphs = [], companions = [], requests = [] } = JSON.parse(input);

const local = new Map();
for (const path of companions) {
  const { name, typeDefs, resolvers } = (await import(new URL(path, import.meta.url))).default;
  local.set(name, buildSubgraphSchema([{ typeDefs: parse(typeDefs), resolvers }]));
}

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
let sent = null;
const gateway = new ApolloGateway({
  logger: quiet,
  supergraphSdl: new IntrospectAndCompose({
    subgraphs: [...subgraphs, ...[...local.keys()].map((name) => ({ name, url: `http://companion.invalid/${name}` }))],
  }),
  buildService: ({ name, url }) => (local.has(name)
    ? new LocalGraphQLDataSource(local.get(name))
    : new RemoteGraphQLDataSource({ url, willSendRequest: ({ request }) => sent?.push({ subgraph: name, query: request.query, variables: request.variables }) })),
});

let executor;
try {
  ({ executor } = await gateway.load());
} catch (error) {
  process.stdout.write(JSON.stringify({ error: String(error.message) }));
  process.exit(0);
}

const results = [];
const fetches = [];
for (const { query, variables = {}, operationName = null } of requests) {
  sent = [];
  fetches.push(sent);
  const result = await executor({
    request: { query, variables, operationName, http: { method: 'POST', headers: new Headers(), url: 'http://gateway.invalid/' } },
    document: parse(query),
    queryHash: createHash('sha256').update(query).digest('hex'),
    operationName,
    context: {},
    metrics: {},
    logger: quiet,
    cache: undefined,
    overallCachePolicy: { restrict() {}, replace() {}, policyIfCacheable() { return null; } },
  });
  results.push({ ...(result.errors ? { errors: result.errors.map((e) => ({ message: e.message, path: e.path, extensions: e.extensions })) } : {}), data: result.data ?? null });
}
await gateway.stop();
process.stdout.write(JSON.stringify({ results, fetches }));
