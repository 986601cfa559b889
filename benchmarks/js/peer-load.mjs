// ProfileGraph's /graphql against graphql-dotnet's /graphql-dotnet in the same test host, in one run, printing JSON.
// Usage: node peer-load.mjs [rounds] [seconds]
// Checks that both answer { hello } with the same body, runs graphql-http's server audits against each, then loads
// both with autocannon in alternating order (A B B A ...). Each side reports the median of its rounds' mean
// requests/s and p99 latency; the ratio is the median of the rounds' throughput ratios.
import { startTestHost } from '../../tests/conformance/tools/test-host.mjs';
import { alternate, autocannonVersion, conformanceRequire, connections, graphqlHeaders as headers, load, ratio, round, summarize } from './load.mjs';

const { serverAudits } = conformanceRequire('graphql-http');
const graphqlHttpVersion = conformanceRequire('graphql-http/package.json').version;

const rounds = Number(process.argv[2] ?? 8);
const seconds = Number(process.argv[3] ?? 6);
const body = JSON.stringify({ query: '{ hello }' });

async function audit(url) {
  const counts = { ok: 0, warn: 0, notice: 0, error: 0 };
  const failed = [];
  for (const check of serverAudits({ url })) {
    const result = await check.fn();
    counts[result.status] = (counts[result.status] ?? 0) + 1;
    if (result.status !== 'ok') failed.push(`${check.id} ${check.name}: ${result.reason}`);
  }
  return { ...counts, failed };
}

const host = await startTestHost();
try {
  const endpoints = { profilegraph: `${host.url}/graphql`, graphqlDotnet: `${host.url}/graphql-dotnet` };
  const answers = await Promise.all(Object.values(endpoints).map(async (url) => (await (await fetch(url, { method: 'POST', headers, body })).json())));
  if (JSON.stringify(answers[0]) !== JSON.stringify(answers[1])) throw new Error(`the endpoints answer differently: ${JSON.stringify(answers)}`);

  const audits = { profilegraph: await audit(endpoints.profilegraph), graphqlDotnet: await audit(endpoints.graphqlDotnet) };
  for (const url of Object.values(endpoints)) await load(url, { body, duration: 5 });

  const runs = await alternate(['profilegraph', 'graphqlDotnet'], rounds, (side) => round(side, endpoints[side], { body, duration: seconds }));
  console.log(JSON.stringify({
    node: process.version,
    autocannon: autocannonVersion,
    graphqlHttp: graphqlHttpVersion,
    connections,
    seconds,
    profilegraph: summarize(runs.profilegraph),
    graphqlDotnet: summarize(runs.graphqlDotnet),
    audits,
    ratio: ratio(runs.profilegraph, runs.graphqlDotnet),
  }));
} finally {
  await host.stop();
}
