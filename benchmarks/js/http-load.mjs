// Load on the GraphQL endpoint beside a minimal ASP.NET Core endpoint, in one run, and prints JSON.
// Usage: node http-load.mjs [rounds] [seconds]
// Starts the transport test host (built in Release), checks that POST /graphql of { hello } and POST /baseline
// (the same response bytes written with no GraphQL) answer alike, warms both up, then runs autocannon against them
// in alternating order (A B B A ...), so both share whatever else the machine runs. Each side reports the median of
// its rounds' mean requests/s and p99 latency; the ratio is the median of the rounds' throughput ratios.
import { createRequire } from 'node:module';
import { startTestHost } from '../../tests/conformance/tools/test-host.mjs';

const require = createRequire(new URL('../../tests/conformance/package.json', import.meta.url));
const autocannon = require('autocannon');
const autocannonVersion = require('autocannon/package.json').version;

const rounds = Number(process.argv[2] ?? 8);
const seconds = Number(process.argv[3] ?? 10);
const connections = 16;
const body = JSON.stringify({ query: '{ hello }' });
const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

function load(url, duration) {
  return new Promise((resolve, reject) => {
    autocannon({ url, method: 'POST', headers, body, connections, duration }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const host = await startTestHost();
try {
  const endpoints = { graphql: `${host.url}/graphql`, baseline: `${host.url}/baseline` };
  const answers = await Promise.all(Object.values(endpoints).map(async (url) => {
    const response = await fetch(url, { method: 'POST', headers, body });
    return `${response.status} ${response.headers.get('content-type')} ${await response.text()}`;
  }));
  if (answers[0] !== answers[1]) throw new Error(`the endpoints answer differently:\n${answers.join('\n')}`);

  for (const url of Object.values(endpoints)) await load(url, 5);

  const runs = { graphql: [], baseline: [] };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? ['graphql', 'baseline'] : ['baseline', 'graphql'];
    for (const side of order) {
      const result = await load(endpoints[side], seconds);
      if (result.errors || result.non2xx || result.timeouts) {
        throw new Error(`${side}: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts`);
      }
      runs[side].push({ requestsPerSecond: result.requests.average, p99Ms: result.latency.p99 });
    }
  }

  const summary = (side) => ({
    requestsPerSecond: median(runs[side].map((r) => r.requestsPerSecond)),
    p99Ms: median(runs[side].map((r) => r.p99Ms)),
    rounds: runs[side],
  });
  const graphql = summary('graphql');
  const baseline = summary('baseline');
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
    ratio: median(runs.graphql.map((run, i) => run.requestsPerSecond / runs.baseline[i].requestsPerSecond)),
  }));
} finally {
  await host.stop();
}
