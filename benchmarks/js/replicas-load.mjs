// One replica against two on Redis, in one run, printing JSON.
// Usage: node replicas-load.mjs [rounds] [seconds]
// Starts a redis-server, the standalone emulator host and three built services pointed at it (Emulators:Url): one
// without Redis (in-process cache, limits and quotas), and two sharing the redis-server (cache L2 and backplane,
// provider limits, client quotas). Then runs autocannon, in alternating order, with the hot single-user query: on the
// lone replica, on one of the Redis replicas alone, and on both Redis replicas at once (half the connections each, requests summed). On 2 cores the two
// replicas share the same CPUs, so the point is what Redis costs per request (the client quota's round trip; the
// cached profile itself is served from memory), not scaling.
import { root, startDotnetHost } from '../../tests/conformance/tools/dotnet-host.mjs';
import { serverDll } from '../../tests/conformance/tools/profile-graph.mjs';
import { startRedis } from '../../tests/conformance/tools/redis-server.mjs';
import { alternate, answer, autocannonVersion, connections, load as loadFor, median, ratio } from './load.mjs';

const rounds = Number(process.argv[2] ?? 5);
const seconds = Number(process.argv[3] ?? 5);
const hot = '{ user(provider: SLACK, id: "UY54UXOFU5T") { displayName email avatar(size: 64) { url } } }';

const load = (url, duration, share = 1) => loadFor(url, { body: { query: hot }, duration, connections: connections / share });

const redis = await startRedis();
const emulators = await startDotnetHost(`${root}src/ProfileGraph.Emulators/bin/Release/net10.0/ProfileGraph.Emulators.dll`, ['--ExitWhenStdinCloses=true']);
// Anonymous callers (no key required) with quotas the load cannot reach: every request is counted, none refused.
const settings = [
  '--ProfileGraph:ExitWhenStdinCloses=true', '--Logging:LogLevel:Default=Warning', `--Emulators:Url=${emulators.url}`,
  '--Clients:RequireKey=false', '--Clients:Anonymous:RequestsPerMinute=2000000000', '--Clients:Anonymous:CostPerMinute=2000000000',
];
const shared = [...settings, `--ConnectionStrings:Redis=${redis.connectionString}`];
const [alone, a, b] = await Promise.all([startDotnetHost(serverDll, settings), startDotnetHost(serverDll, shared), startDotnetHost(serverDll, shared)]);
try {
  const endpoints = { alone: `${alone.url}/graphql`, a: `${a.url}/graphql`, b: `${b.url}/graphql` };
  for (const url of Object.values(endpoints)) {
    const first = await answer(url, hot);
    if (first !== 'data') throw new Error(`${url}: ${first}`);
  }

  const sides = {
    one: async (duration) => (await load(endpoints.alone, duration)).requests.average,
    oneOnRedis: async (duration) => (await load(endpoints.a, duration)).requests.average,
    two: async (duration) => (await Promise.all([load(endpoints.a, duration, 2), load(endpoints.b, duration, 2)])).reduce((sum, result) => sum + result.requests.average, 0),
  };
  for (const side of Object.values(sides)) await side(3);

  const runs = await alternate(['one', 'oneOnRedis', 'two'], rounds, (name) => sides[name](seconds));

  const answers = [await answer(endpoints.alone, hot), await answer(endpoints.a, hot), await answer(endpoints.b, hot)];
  console.log(JSON.stringify({
    node: process.version,
    autocannon: autocannonVersion,
    connections,
    seconds,
    query: hot,
    one: median(runs.one),
    oneOnRedis: median(runs.oneOnRedis),
    two: median(runs.two),
    oneRounds: runs.one,
    oneOnRedisRounds: runs.oneOnRedis,
    twoRounds: runs.two,
    answers,
    ratio: ratio(runs.two, runs.one),
    redisRatio: ratio(runs.oneOnRedis, runs.one),
  }));
} finally {
  await Promise.all([alone.stop(), a.stop(), b.stop()]);
  await emulators.stop();
  await redis.stop();
}
