// The profile cache under load, in one run, printing JSON.
// Usage: node cache-load.mjs [rounds] [seconds]
// Starts the built service (src/ProfileGraph.Server, Release) with its embedded emulators at their defaults (the
// providers' published rate limits on, as a new user meets them): as it ships (cache on), with Cache:Enabled=false,
// and with the cache off and Slack's limits lifted in the emulator and the client. Then runs autocannon, in
// alternating order, against: the hot single-user query on the cached service, `{ __typename }` on the same service
// (no provider at all), and the hot query on each uncached service.
// Each side reports the median of its rounds' mean requests/s and p99 latency, and what its answers were.
import { startProfileGraph } from '../../tests/conformance/tools/profile-graph.mjs';
import { alternate, answer, autocannonVersion, connections, load as loadFor, ratio, summarize } from './load.mjs';

const rounds = Number(process.argv[2] ?? 5);
const seconds = Number(process.argv[3] ?? 5);
const hot = '{ user(provider: SLACK, id: "UY54UXOFU5T") { displayName email avatar(size: 64) { url } } }';
// Anonymous callers with quotas the load cannot reach (the default is 600 requests a minute): none is refused.
const quiet = {
  'Logging:LogLevel:Default': 'Warning',
  'Clients:RequireKey': false,
  'Clients:Anonymous:RequestsPerMinute': 2000000000,
  'Clients:Anonymous:CostPerMinute': 2000000000,
};

const load = (url, query, duration) => loadFor(url, { body: { query }, duration });

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

  const runs = await alternate(Object.keys(sides), rounds, async (name) => {
    const result = await load(sides[name].url, sides[name].query, seconds);
    return {
      requestsPerSecond: result.requests.average,
      p99Ms: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
      answer: await answer(sides[name].url, sides[name].query),
    };
  });

  const counters = await uncached.counters('slack');
  const summary = (name) => summarize(runs[name]);
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
    ratio: ratio(runs.cached, runs.typename),
  }));
} finally {
  await cached.stop();
  await uncached.stop();
  await unlimited.stop();
}
