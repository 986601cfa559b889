// Load on the GraphQL endpoint beside a minimal ASP.NET Core endpoint, in one run, and prints JSON.
// Usage: node http-load.mjs [rounds] [seconds]
// Starts the transport test host (built in Release), checks that POST /graphql of { hello } and POST /baseline
// (the same response bytes written with no GraphQL) answer alike, warms both up, then runs autocannon against them
// in alternating order (A B B A ...), so both share whatever else the machine runs. Each side reports the median of
// its rounds' mean requests/s and p99 latency; the ratio is the median of the rounds' throughput ratios.
import { startTestHost } from '../../tests/conformance/tools/test-host.mjs';
import { alternate, autocannonVersion, connections, graphqlHeaders as headers, load, ratio, round, summarize } from './load.mjs';

const rounds = Number(process.argv[2] ?? 8);
const seconds = Number(process.argv[3] ?? 10);
const body = JSON.stringify({ query: '{ hello }' });

const host = await startTestHost();
try {
  const endpoints = { graphql: `${host.url}/graphql`, baseline: `${host.url}/baseline` };
  const answers = await Promise.all(Object.values(endpoints).map(async (url) => {
    const response = await fetch(url, { method: 'POST', headers, body });
    return `${response.status} ${response.headers.get('content-type')} ${await response.text()}`;
  }));
  if (answers[0] !== answers[1]) throw new Error(`the endpoints answer differently:\n${answers.join('\n')}`);

  for (const url of Object.values(endpoints)) await load(url, { body, duration: 5 });

  const runs = await alternate(['graphql', 'baseline'], rounds, (side) => round(side, endpoints[side], { body, duration: seconds }));
  const graphql = summarize(runs.graphql);
  const baseline = summarize(runs.baseline);
  console.log(JSON.stringify({
    node: process.version,
    autocannon: autocannonVersion,
    connections,
    seconds,
    response: answers[0],
    graphql,
    baseline,
    // Each round runs the two sides back to back, under the same background load: the median of the rounds'
    // ratios is steadier on a shared machine than the ratio of the medians.
    ratio: ratio(runs.graphql, runs.baseline),
  }));
} finally {
  await host.stop();
}
