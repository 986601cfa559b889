// ProfileGraph's /graphql against graphql-dotnet's /graphql-dotnet in the same test host, in one run, printing JSON.
// Usage: node peer-load.mjs [rounds] [seconds]
// Checks that both answer { hello } with the same body, runs graphql-http's server audits against each, then loads
// both with autocannon in alternating order (A B B A ...). Each side reports the median of its rounds' mean
// requests/s and p99 latency; the ratio is the median of the rounds' throughput ratios.
import { createRequire } from 'node:module';
import { startTestHost } from '../../tests/conformance/tools/test-host.mjs';

const require = createRequire(new URL('../../tests/conformance/package.json', import.meta.url));
const autocannon = require('autocannon');
const autocannonVersion = require('autocannon/package.json').version;
const { serverAudits } = require('graphql-http');
const graphqlHttpVersion = require('graphql-http/package.json').version;

const rounds = Number(process.argv[2] ?? 8);
const seconds = Number(process.argv[3] ?? 6);
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
  for (const url of Object.values(endpoints)) await load(url, 5);

  const runs = { profilegraph: [], graphqlDotnet: [] };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? ['profilegraph', 'graphqlDotnet'] : ['graphqlDotnet', 'profilegraph'];
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
  console.log(JSON.stringify({
    node: process.version,
    autocannon: autocannonVersion,
    graphqlHttp: graphqlHttpVersion,
    connections,
    seconds,
    profilegraph: summary('profilegraph'),
    graphqlDotnet: summary('graphqlDotnet'),
    audits,
    ratio: median(runs.profilegraph.map((run, i) => run.requestsPerSecond / runs.graphqlDotnet[i].requestsPerSecond)),
  }));
} finally {
  await host.stop();
}
