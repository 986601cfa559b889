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

test('graphql-ws and graphql-sse each hear a Telegram rename once, through the refresh', async () => {
  const live = await startProfileGraph({ 'Subscriptions:Refresh:Interval': '00:00:01', 'Clients:RequireKey': 'false', 'Cache:Enabled': 'false' });
  const ws = createWsClient({ url: live.endpoint.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
  const sse = createSseClient({ url: live.endpoint, retryAttempts: 0 });
  try {
    const [key] = await (await fetch(`${live.admin}/ids/telegram?first=1`)).json();
    const query = `subscription { userChanged(refs: [{ provider: TELEGRAM, id: "${key}" }]) { providerId displayName } }`;
    const heard = { ws: [], sse: [] };
    const disposers = [
      ws.subscribe({ query }, { next: (value) => heard.ws.push(value), error: (error) => heard.ws.push({ error }), complete: () => {} }),
      sse.subscribe({ query }, { next: (value) => heard.sse.push(value), error: (error) => heard.sse.push({ error }), complete: () => {} }),
    ];

    // Two refresh rounds see the user as it is: nothing is published.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    assert.deepEqual(heard, { ws: [], sse: [] });

    const renamed = await fetch(`${live.admin}/telegram/users/${key}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ firstName: 'Renamed', lastName: 'Person' }),
    });
    assert.equal(renamed.status, 204);
    for (let waited = 0; waited < 60 && (heard.ws.length === 0 || heard.sse.length === 0); waited++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    // A few more rounds: the rename is heard once by each client, never again.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const expected = [{ data: { userChanged: { providerId: key, displayName: 'Renamed Person' } } }];
    assert.deepEqual(heard, { ws: expected, sse: expected });
    disposers.forEach((dispose) => dispose());
  } finally {
    await ws.dispose();
    sse.dispose();
    await live.stop();
  }
});

test("graphql-ws and graphql-sse each hear a Slack rename once, through Slack's signed Events API", async () => {
  const live = await startProfileGraph({ 'Clients:RequireKey': 'false', 'Cache:Enabled': 'true' });
  const ws = createWsClient({ url: live.endpoint.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
  const sse = createSseClient({ url: live.endpoint, retryAttempts: 0 });
  try {
    const [id] = await (await fetch(`${live.admin}/ids/slack?first=1`)).json();
    const query = `subscription { userChanged(refs: [{ provider: SLACK, id: "${id}" }]) { providerId displayName } }`;
    const heard = { ws: [], sse: [] };
    const disposers = [
      ws.subscribe({ query }, { next: (value) => heard.ws.push(value), error: (error) => heard.ws.push({ error }), complete: () => {} }),
      sse.subscribe({ query }, { next: (value) => heard.sse.push(value), error: (error) => heard.sse.push({ error }), complete: () => {} }),
    ];
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const changed = await fetch(`${live.admin}/slack/users/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ display_name: 'Renamed on Slack' }),
    });
    assert.ok(changed.ok, `admin change: ${changed.status}`);
    for (let waited = 0; waited < 50 && (heard.ws.length === 0 || heard.sse.length === 0); waited++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    await new Promise((resolve) => setTimeout(resolve, 1500));
    const expected = [{ data: { userChanged: { providerId: id, displayName: 'Renamed on Slack' } } }];
    assert.deepEqual(heard, { ws: expected, sse: expected });
    disposers.forEach((dispose) => dispose());
  } finally {
    await ws.dispose();
    sse.dispose();
    await live.stop();
  }
});
