// The profile cache under load, in one run, printing JSON.
// Usage: node cache-load.mjs [rounds] [seconds]
// Starts the built service (src/ProfileGraph.Server, Release) with its embedded emulators at their defaults (the
// providers' published rate limits on, as a new user meets them): as it ships (cache on), with Cache:Enabled=false,
// and with the cache off and Slack's limits lifted in the emulator and the client. Then runs autocannon, in
// alternating order, against: the hot single-user query on the cached service, `{ __typename }` on the same service
// (no provider at all), and the hot query on each uncached service.
// Each side reports the median of its rounds' mean requests/s and p99 latency, and what its answers were.
import { createRequire } from 'node:module';
import { startProfileGraph } from '../../tests/conformance/tools/profile-graph.mjs';

const require = createRequire(new URL('../../tests/conformance/package.json', import.meta.url));
const autocannon = require('autocannon');
const autocannonVersion = require('autocannon/package.json').version;

const rounds = Number(process.argv[2] ?? 5);
const seconds = Number(process.argv[3] ?? 5);
const connections = 16;
const hot = '{ user(provider: SLACK, id: "UY54UXOFU5T") { displayName email avatar(size: 64) { url } } }';
const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
// Anonymous callers with quotas the load cannot reach (the default is 600 requests a minute): none is refused.
const quiet = {
  'Logging:LogLevel:Default': 'Warning',
  'Clients:RequireKey': false,
  'Clients:Anonymous:RequestsPerMinute': 2000000000,
  'Clients:Anonymous:CostPerMinute': 2000000000,
};

function load(url, query, duration) {
  return new Promise((resolve, reject) => {
    autocannon({ url, method: 'POST', headers, body: JSON.stringify({ query }), connections, duration }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** What one request answers now: the data, or the codes of its errors. */
async function answer(url, query) {
  const body = await (await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query }) })).json();
  return body.errors ? `errors: ${[...new Set(body.errors.map((e) => e.extensions?.code))].join(', ')}` : 'data';
}

const cached = await startProfileGraph(quiet);
const uncached = await startProfileGraph({ ...quiet, 'Cache:Enabled': false });
const unlimited = await startProfileGraph({
  ...quiet,
  'Cache:Enabled': false,
  'Emulators:Faults:Slack:RateLimits': false,
  'Providers:Slack:Resilience:RateLimits:users.profile.get:Permits': 1000000,
});
try {
  const sides = {
    cached: { url: cached.endpoint, query: hot },
    typename: { url: cached.endpoint, query: '{ __typename }' },
    uncached: { url: uncached.endpoint, query: hot },
    uncachedUnlimited: { url: unlimited.endpoint, query: hot },
  };
  for (const side of Object.values(sides)) {
    const first = await answer(side.url, side.query);
    if (first !== 'data') throw new Error(`${side.url} ${side.query}: ${first}`);
  }

  for (const side of Object.values(sides)) await load(side.url, side.query, 3);

  const names = Object.keys(sides);
  const runs = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const result = await load(sides[name].url, sides[name].query, seconds);
      runs[name].push({
        requestsPerSecond: result.requests.average,
        p99Ms: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors + result.timeouts,
        answer: await answer(sides[name].url, sides[name].query),
      });
    }
  }

  const counters = await uncached.counters('slack');
  const summary = (name) => ({
    requestsPerSecond: median(runs[name].map((r) => r.requestsPerSecond)),
    p99Ms: median(runs[name].map((r) => r.p99Ms)),
    rounds: runs[name],
  });
  console.log(JSON.stringify({
    node: process.version,
    autocannon: autocannonVersion,
    connections,
    seconds,
    query: hot,
    cached: summary('cached'),
    typename: summary('typename'),
    uncached: summary('uncached'),
    uncachedUnlimited: summary('uncachedUnlimited'),
    uncachedSlackCalls: counters['users.profile.get']?.requests ?? 0,
    cachedSlackCalls: (await cached.counters('slack'))['users.profile.get']?.requests ?? 0,
    // Per round, the cached query against `{ __typename }` on the same service, back to back.
    ratio: median(runs.cached.map((run, i) => run.requestsPerSecond / runs.typename[i].requestsPerSecond)),
  }));
} finally {
  await cached.stop();
  await uncached.stop();
  await unlimited.stop();
}
