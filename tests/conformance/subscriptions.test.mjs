// Subscriptions as real clients speak them: graphql-ws over WebSocket (graphql-transport-ws) and graphql-sse over
// HTTP (distinct connections), against the built service. A dashboard subscribed to providerStatusChanged hears
// Slack's circuit open when the Slack emulator starts failing; the API key travels in connection_init.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';
import { startProfileGraph } from './tools/profile-graph.mjs';

const key = 'pg_live_dashboard_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const statusChanged = 'subscription { providerStatusChanged { provider circuit } }';

let service;

before(async () => {
  service = await startProfileGraph({
    'Clients:dashboard:KeySha256': createHash('sha256').update(key).digest('hex'),
    'Providers:Slack:Resilience:CircuitBreaker:MinimumThroughput': 2,
    'Providers:Slack:Resilience:CircuitBreaker:FailureRatio': 0.5,
    'Providers:Slack:Resilience:CircuitBreaker:BreakDuration': '00:00:01',
    'Providers:Slack:Resilience:Retry:MaxRetryAttempts': 0,
    'Cache:Enabled': 'false',
  });
});

after(async () => {
  await service?.stop();
});

/** Makes Slack fail until its circuit opens (each call fails; two calls reach the breaker's minimum). */
async function breakSlack() {
  const put = await fetch(`${service.admin}/faults/slack`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ errors: { serverError: 1 } }),
  });
  assert.ok(put.ok, `faults: ${put.status}`);
  const ids = await (await fetch(`${service.admin}/ids/slack?first=4`)).json();
  for (const id of ids) {
    await fetch(service.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query: 'query($id: ID!) { user(provider: SLACK, id: $id) { displayName } }', variables: { id } }),
    });
  }
}

async function healSlack() {
  await fetch(`${service.admin}/faults`, { method: 'DELETE' });
}

/** The first event of a subscription, through a client's subscribe(payload, sink) API; disposes it after. */
function firstEvent(client, query) {
  return new Promise((resolve, reject) => {
    let dispose = () => {};
    dispose = client.subscribe({ query }, {
      next: (value) => { resolve(value); dispose(); },
      error: reject,
      complete: () => {},
    });
  });
}

test('graphql-ws hears Slack circuit open, with the API key in connection_init', async () => {
  const client = createWsClient({ url: service.endpoint.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { 'X-Api-Key': key }, retryAttempts: 0 });
  try {
    const acknowledged = new Promise((resolve) => client.on('connected', resolve));
    const event = firstEvent(client, statusChanged);
    await acknowledged;
    await new Promise((resolve) => setTimeout(resolve, 100));
    await breakSlack();
    assert.deepEqual(await event, { data: { providerStatusChanged: { provider: 'SLACK', circuit: 'OPEN' } } });
  } finally {
    await healSlack();
    await client.dispose();
  }
});

test('graphql-ws without a key is refused with 4403', async () => {
  const client = createWsClient({ url: service.endpoint.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
  const closed = new Promise((resolve) => client.on('closed', resolve));
  const event = firstEvent(client, statusChanged).catch((error) => error);
  const close = await closed;
  assert.equal(close.code, 4403);
  await event;
  await client.dispose();
});

test('graphql-sse (distinct connections) hears the circuit close again after its break', async () => {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const client = createSseClient({ url: service.endpoint, headers: { 'x-api-key': key }, retryAttempts: 0 });
  try {
    const event = firstEvent(client, statusChanged);
    await new Promise((resolve) => setTimeout(resolve, 200));

    // One successful call after the break half-opens the circuit and closes it: the subscriber hears the change.
    const ids = await (await fetch(`${service.admin}/ids/slack?first=1`)).json();
    await fetch(service.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query: 'query($id: ID!) { user(provider: SLACK, id: $id) { displayName } }', variables: { id: ids[0] } }),
    });
    const { data } = await event;
    assert.equal(data.providerStatusChanged.provider, 'SLACK');
    assert.ok(['HALF_OPEN', 'CLOSED'].includes(data.providerStatusChanged.circuit), JSON.stringify(data));
  } finally {
    client.dispose();
  }
});
