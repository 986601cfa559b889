// @defer over HTTP as a frontend reads it: multipart/mixed parsed by meros, against the built service whose WhatsApp
// emulator answers slowly. The card's Slack part arrives before GREEN-API's contact; a client that accepts no
// incremental format gets the whole card at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { meros } from 'meros/browser';
import { startProfileGraph } from './tools/profile-graph.mjs';

const whatsAppLatencyMs = 1500;
const card = `query Card($slack: ID!, $whatsapp: ID!) {
  slack: user(provider: SLACK, id: $slack) { displayName }
  ... @defer(label: "whatsapp") { whatsapp: user(provider: WHATSAPP, id: $whatsapp) { displayName whatsapp { isBusiness } } }
}`;

let service;
let variables;

before(async () => {
  service = await startProfileGraph({
    'Emulators:Faults:WhatsApp:Latency:Distribution': 'Fixed',
    'Emulators:Faults:WhatsApp:Latency:FixedMs': whatsAppLatencyMs,
    'Cache:Enabled': 'false',
    'Clients:RequireKey': 'false',
  });
  const ids = async (provider) => (await fetch(`${service.admin}/ids/${provider}?first=1`)).json();
  variables = { slack: (await ids('slack'))[0], whatsapp: (await ids('whatsapp'))[0] };
});

after(async () => {
  await service?.stop();
});

test('the Slack part of a card arrives before the slow WhatsApp part, each as a multipart part', async () => {
  const started = performance.now();
  const response = await fetch(service.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'multipart/mixed' },
    body: JSON.stringify({ query: card, variables }),
  });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^multipart\/mixed; boundary="-"/);

  const parts = [];
  for await (const part of await meros(response)) {
    assert.equal(part.json, true);
    parts.push({ body: part.body, at: performance.now() - started });
  }

  assert.equal(parts.length, 2);
  const [initial, rest] = parts;
  assert.equal(typeof initial.body.data.slack.displayName, 'string');
  assert.equal(initial.body.data.whatsapp, undefined);
  assert.deepEqual(initial.body.pending, [{ id: '0', path: [], label: 'whatsapp' }]);
  assert.equal(initial.body.hasNext, true);
  assert.ok(initial.at < whatsAppLatencyMs, `the first part came after ${initial.at} ms`);

  assert.equal(rest.body.hasNext, false);
  assert.deepEqual(rest.body.completed, [{ id: '0' }]);
  assert.equal(rest.body.incremental[0].id, '0');
  assert.equal(typeof rest.body.incremental[0].data.whatsapp.whatsapp.isBusiness, 'boolean');
  assert.ok(rest.at >= whatsAppLatencyMs, `the WhatsApp part came after only ${rest.at} ms`);
});

test("Apollo Client's Accept header gets the 2022 draft, with the deferred data's path and label", async () => {
  const response = await fetch(service.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'multipart/mixed;deferSpec=20220824,application/json' },
    body: JSON.stringify({ query: card, variables }),
  });
  assert.match(response.headers.get('content-type'), /deferSpec=20220824/);
  const parts = [];
  for await (const part of await meros(response)) parts.push(part.body);

  assert.deepEqual(Object.keys(parts[0]), ['data', 'hasNext']);
  assert.deepEqual(parts[1].incremental.map(({ path, label }) => ({ path, label })), [{ path: [], label: 'whatsapp' }]);
  assert.equal(parts[1].hasNext, false);
});

test('a client that accepts no incremental format gets the whole card at once', async () => {
  const result = await service.query(card, variables);

  assert.equal(result.errors, undefined);
  assert.equal(typeof result.data.slack.displayName, 'string');
  assert.equal(typeof result.data.whatsapp.whatsapp.isBusiness, 'boolean');
});
