// What @defer buys a card, as a web frontend reads it (fetch + meros): one person's Slack and Telegram profiles with
// their WhatsApp contact deferred, against the built service whose emulators have the graph suite's realistic
// latency (log-normal), cache off. Prints JSON: medians of the time to the first part, to the last part, and to the
// same query read as one JSON result, measured in alternation, a different person every request.
// Usage: node defer-latency.mjs [rounds]
import { createRequire } from 'node:module';
import { startProfileGraph } from '../../tests/conformance/tools/profile-graph.mjs';

const require = createRequire(new URL('../../tests/conformance/package.json', import.meta.url));
const { meros } = await import(require.resolve('meros/browser'));
const merosVersion = require('meros/package.json').version;

const rounds = Number(process.argv[2] ?? 40);
const latencies = { Slack: [80, 600], Telegram: [60, 300], WhatsApp: [150, 1000], Nandbox: [40, 200] };
const settings = { 'Cache:Enabled': 'false', 'Clients:RequireKey': 'false', 'Logging:LogLevel:Default': 'Warning' };
for (const [provider, [median, p99]] of Object.entries(latencies)) {
  Object.assign(settings, {
    [`Emulators:Faults:${provider}:RateLimits`]: 'false',
    [`Emulators:Faults:${provider}:Latency:Distribution`]: 'LongTail',
    [`Emulators:Faults:${provider}:Latency:MedianMs`]: median,
    [`Emulators:Faults:${provider}:Latency:P99Ms`]: p99,
  });
}

// The service's own limits would pace the rounds: lifted, as the graph suite lifts them.
Object.assign(settings, {
  'Providers:Slack:Resilience:RateLimits:users.profile.get:Permits': 1000000,
  'Providers:WhatsApp:Resilience:RateLimits:getContactInfo:Permits': 1000000,
  'Providers:WhatsApp:Resilience:RateLimits:getAvatar:Permits': 1000000,
});

const card = `query Card($slack: ID!, $telegram: ID!, $whatsapp: ID!) {
  slack: user(provider: SLACK, id: $slack) { displayName avatar(size: 64) { url } }
  telegram: user(provider: TELEGRAM, id: $telegram) { displayName telegram { username } }
  ... @defer(label: "whatsapp") { whatsapp: user(provider: WHATSAPP, id: $whatsapp) { displayName whatsapp { category } } }
}`;

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const service = await startProfileGraph(settings);
try {
  const ids = async (provider) => (await fetch(`${service.admin}/ids/${provider}?first=${2 * rounds + 2}`)).json();
  const [slack, telegram, whatsapp] = await Promise.all([ids('slack'), ids('telegram'), ids('whatsapp')]);
  const variables = (i) => ({ slack: slack[i], telegram: telegram[i], whatsapp: whatsapp[i] });

  const multipart = async (i) => {
    const started = performance.now();
    const response = await fetch(service.endpoint, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'multipart/mixed' }, body: JSON.stringify({ query: card, variables: variables(i) }) });
    const parts = [];
    for await (const part of await meros(response)) parts.push(performance.now() - started);
    if (parts.length !== 2) throw new Error(`the card came in ${parts.length} parts`);
    return parts;
  };
  const whole = async (i) => {
    const started = performance.now();
    const body = await (await fetch(service.endpoint, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query: card, variables: variables(i) }) })).json();
    if (body.errors || !body.data.whatsapp) throw new Error(JSON.stringify(body));
    return performance.now() - started;
  };

  await multipart(0);
  await whole(1);
  const first = [];
  const last = [];
  const wholes = [];
  for (let round = 1; round <= rounds; round++) {
    const [firstPart, lastPart] = await multipart(2 * round);
    first.push(firstPart);
    last.push(lastPart);
    wholes.push(await whole(2 * round + 1));
  }

  console.log(JSON.stringify({ node: process.version, meros: merosVersion, rounds, first: median(first), last: median(last), whole: median(wholes) }));
} finally {
  await service.stop();
}
