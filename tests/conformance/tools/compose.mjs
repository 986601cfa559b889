// The @apollo/composition oracle: reads { subgraphs: [{ name, url, sdl }] } on stdin, composes them as a supergraph
// with composeServices, and writes the errors and hints (with the subgraphs each hint's nodes come from), and the
// supergraph SDL when composition succeeds.
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

let input = '';
for await (const chunk of process.stdin) input += chunk;

const { subgraphs } = JSON.parse(input);
const result = composeServices(subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
const subgraphsOf = (nodes) => [...new Set((nodes ?? []).map((node) => node?.subgraph).filter(Boolean))];
process.stdout.write(JSON.stringify({
  errors: (result.errors ?? []).map((error) => ({
    code: error.extensions?.code ?? null,
    message: error.message,
    subgraphs: subgraphsOf(error.nodes),
  })),
  hints: (result.hints ?? []).map((hint) => ({
    code: hint.definition?.code ?? null,
    message: hint.message,
    subgraphs: subgraphsOf(hint.nodes),
  })),
  supergraphSdl: result.supergraphSdl ?? null,
}));
