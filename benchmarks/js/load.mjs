// What the load scripts share: autocannon (pinned by tests/conformance's lockfile), one timed load of an endpoint,
// the median, rounds in alternating order (A B, B A, ...) so every side shares whatever else the machine runs, and
// what one request answers.
import { createRequire } from 'node:module';

/** `require` resolving from tests/conformance, whose package.json and lockfile pin the Node packages. */
export const conformanceRequire = createRequire(new URL('../../tests/conformance/package.json', import.meta.url));

const autocannon = conformanceRequire('autocannon');
export const autocannonVersion = conformanceRequire('autocannon/package.json').version;

/** Connections of every load unless a script says otherwise. */
export const connections = 16;

export const graphqlHeaders = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

/**
 * Loads `url` for `duration` seconds with `body` (a string, or a GraphQL request object to POST); resolves to
 * autocannon's result.
 */
export function load(url, { body, duration, headers = graphqlHeaders, method = body === undefined ? 'GET' : 'POST', connections: count = connections }) {
  const payload = typeof body === 'string' || body === undefined ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    autocannon({ url, method, headers, body: payload, connections: count, duration }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** One round of `side`: `load`, refusing a round with errors, non-2xx answers or time-outs; its requests/s and p99. */
export async function round(side, url, options) {
  const result = await load(url, options);
  if (result.errors || result.non2xx || result.timeouts) {
    throw new Error(`${side}: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts`);
  }
  return { requestsPerSecond: result.requests.average, p99Ms: result.latency.p99 };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * `rounds` rounds of `run(name)` for every name, in alternating order (A B C, C B A, ...); resolves to
 * { name: [what run resolved to, per round] }.
 */
export async function alternate(names, rounds, run) {
  const runs = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) runs[name].push(await run(name));
  }

  return runs;
}

/** A side's summary: the medians of its rounds' mean requests/s and p99 latency, and the rounds. */
export function summarize(rounds) {
  return {
    requestsPerSecond: median(rounds.map((r) => r.requestsPerSecond)),
    p99Ms: median(rounds.map((r) => r.p99Ms)),
    rounds,
  };
}

/** Per round, `side` over `baseline`, back to back: the median of those is steadier than the ratio of medians. */
export function ratio(side, baseline) {
  return median(side.map((run, i) => (run.requestsPerSecond ?? run) / (baseline[i].requestsPerSecond ?? baseline[i])));
}

/** What one POST of `query` answers now: 'data', or the codes of its errors. */
export async function answer(url, query, headers = graphqlHeaders) {
  const body = await (await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query }) })).json();
  return body.errors ? `errors: ${[...new Set(body.errors.map((e) => e.extensions?.code))].join(', ')}` : 'data';
}
