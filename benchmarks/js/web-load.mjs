// What compression costs, in one run, printing JSON.
// Usage: node web-load.mjs [rounds] [seconds]
// Starts the built service (src/ProfileGraph.Server, Release, cache on as it ships) twice: as it ships (compression on
// above GraphQL:Compression:MinimumSize) and with GraphQL:Compression:Enabled=false. Then runs autocannon, in
// alternating order, with a browser's Accept-Encoding (gzip, deflate, br) against both: the hot single-user query
// of the cache suite (a few hundred bytes, below the threshold) and a 200-user telegramUsers page (about 26 KB).
// Each side reports the median of its rounds' mean requests/s and p99 latency, and the bytes of one response.
import { request } from 'node:http';
import { startProfileGraph } from '../../tests/conformance/tools/profile-graph.mjs';
import { alternate, answer, autocannonVersion, connections, graphqlHeaders, load, ratio, round, summarize } from './load.mjs';

const rounds = Number(process.argv[2] ?? 5);
const seconds = Number(process.argv[3] ?? 5);
const small = '{ user(provider: SLACK, id: "UY54UXOFU5T") { displayName email avatar(size: 64) { url } } }';
const page = '{ telegramUsers(first: 200) { totalCount nodes { id displayName username } } }';
const headers = { ...graphqlHeaders, 'accept-encoding': 'gzip, deflate, br' };
const quiet = {
  'Logging:LogLevel:Default': 'Warning',
  'Clients:RequireKey': false,
  'Clients:Anonymous:RequestsPerMinute': 2000000000,
  'Clients:Anonymous:CostPerMinute': 2000000000,
};

/** One POST as a browser sends it: the bytes on the wire and their Content-Encoding. */
function wire(url, query) {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query });
    const call = request(url, { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => { bytes += chunk.length; });
      response.on('end', () => resolve({ status: response.statusCode, bytes, encoding: response.headers['content-encoding'] ?? 'identity' }));
    });
    call.on('error', reject);
    call.end(body);
  });
}

const on = await startProfileGraph(quiet);
const off = await startProfileGraph({ ...quiet, 'GraphQL:Compression:Enabled': false });
try {
  const sides = {
    smallOn: { url: on.endpoint, query: small },
    smallOff: { url: off.endpoint, query: small },
    pageOn: { url: on.endpoint, query: page },
    pageOff: { url: off.endpoint, query: page },
  };
  for (const side of Object.values(sides)) {
    const first = await answer(side.url, side.query);
    if (first !== 'data') throw new Error(`${side.url} ${side.query}: ${first}`);
  }

  const responses = {};
  for (const [name, side] of Object.entries(sides)) responses[name] = await wire(side.url, side.query);
  for (const side of Object.values(sides)) await load(side.url, { body: { query: side.query }, headers, duration: 3 });

  const runs = await alternate(Object.keys(sides), rounds, (name) => round(name, sides[name].url, { body: { query: sides[name].query }, headers, duration: seconds }));

  console.log(JSON.stringify({
    node: process.version,
    autocannon: autocannonVersion,
    connections,
    seconds,
    small,
    page,
    responses,
    smallOn: summarize(runs.smallOn),
    smallOff: summarize(runs.smallOff),
    pageOn: summarize(runs.pageOn),
    pageOff: summarize(runs.pageOff),
    smallRatio: ratio(runs.smallOn, runs.smallOff),
    pageRatio: ratio(runs.pageOn, runs.pageOff),
  }));
} finally {
  await on.stop();
  await off.stop();
}
