// The scale-out topology without Docker: a real redis-server, the standalone emulator host and two service processes
// on loopback ports, as docker-compose.yml runs them. The replicas share the cache, the provider limits and the
// client quotas through Redis and one emulated provider through Emulators:Url; without Redis both keep serving.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { root, startDotnetHost } from './tools/dotnet-host.mjs';
import { serverDll } from './tools/profile-graph.mjs';
import { startRedis } from './tools/redis-server.mjs';

const emulatorsDll = `${root}src/ProfileGraph.Emulators/bin/Release/net10.0/ProfileGraph.Emulators.dll`;
const readerKey = 'pg_live_reader_0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e';
const partnerKey = 'pg_live_partner_5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b';
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const sharedLimitsDown = /Redis, which holds the provider rate limits, client quotas and nandbox lease every replica shares, is unavailable/g;

test('two replicas on one redis-server and one emulator host behave as one service', async (t) => {
  const redis = await startRedis();
  const emulators = await startDotnetHost(emulatorsDll, ['--ExitWhenStdinCloses=true']);
  const settings = [
    '--ProfileGraph:ExitWhenStdinCloses=true',
    `--ConnectionStrings:Redis=${redis.connectionString}`,
    `--Emulators:Url=${emulators.url}`,
    `--Clients:reader:KeySha256=${sha256(readerKey)}`,
    '--Clients:reader:RequestsPerMinute=1000',
    `--Clients:partner:KeySha256=${sha256(partnerKey)}`,
    '--Clients:partner:RequestsPerMinute=3',
  ];
  const replicas = await Promise.all([startDotnetHost(serverDll, settings), startDotnetHost(serverDll, settings)]);
  const [a, b] = replicas;
  const post = (replica, query, variables = {}, key = readerKey) => fetch(`${replica.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'x-api-key': key },
    body: JSON.stringify({ query, variables }),
  });
  const query = async (replica, text, variables) => (await post(replica, text, variables)).json();
  const admin = async (path, method = 'GET') => {
    const response = await fetch(`${emulators.url}/_admin${path}`, { method });
    assert.ok(response.ok, `${path}: ${response.status}`);
    return method === 'GET' ? response.json() : null;
  };
  const userQuery = 'query($provider: Provider!, $id: ID!) { user(provider: $provider, id: $id) { displayName } }';
  const usersQuery = 'query($refs: [UserRef!]!) { users(refs: $refs) { displayName } }';
  const [slackId] = await admin('/ids/slack?first=1');
  const whatsapp = await admin('/ids/whatsapp?first=8');

  try {
    await t.test('a user fetched through replica A costs no provider call through replica B', async () => {
      const throughA = await query(a, userQuery, { provider: 'SLACK', id: slackId });
      assert.equal(throughA.errors, undefined);
      // A writes Redis in the background: B is asked once the entry is there.
      for (let attempt = 0; (await redis.keys(`*Slack:users.profile.get:${slackId}*`)).length === 0; attempt++) {
        assert.ok(attempt < 100, 'the entry never reached Redis');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }

      assert.deepEqual(await query(b, userQuery, { provider: 'SLACK', id: slackId }), throughA);
      assert.equal((await admin('/counters/slack'))['users.profile.get'].requests, 1);
    });

    await t.test('six contacts asked through both replicas at once reach GREEN-API one a second, none refused', async () => {
      await admin('/counters', 'DELETE');
      const started = Date.now();
      const answers = await Promise.all([
        query(a, usersQuery, { refs: whatsapp.slice(0, 3).map((id) => ({ provider: 'WHATSAPP', id })) }),
        query(b, usersQuery, { refs: whatsapp.slice(3, 6).map((id) => ({ provider: 'WHATSAPP', id })) }),
      ]);
      const elapsed = Date.now() - started;

      for (const answer of answers) assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
      const calls = (await admin('/counters/whatsapp')).getContactInfo;
      assert.equal(calls.requests, 6);
      assert.equal(calls.outcomes['429'] ?? 0, 0, `the emulator refused: ${JSON.stringify(calls.outcomes)}`);
      // The emulator's own limit is one getContactInfo a second: six calls span five windows (and the margin).
      assert.ok(elapsed >= 5000, `six contacts took ${elapsed} ms`);
    });

    await t.test("a client's requests per minute are one quota across the replicas", async () => {
      const statuses = [];
      for (const replica of [a, a, b, b, a]) {
        statuses.push((await post(replica, '{ __typename }', {}, partnerKey)).status);
      }

      assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
    });

    await t.test('with redis killed both replicas keep serving, each saying so once', async () => {
      await redis.stop();
      for (const [replica, id] of [[a, whatsapp[6]], [b, whatsapp[7]]]) {
        const fresh = await query(replica, userQuery, { provider: 'WHATSAPP', id });
        assert.equal(fresh.errors, undefined, JSON.stringify(fresh.errors));
        const cached = await query(replica, userQuery, { provider: 'SLACK', id: slackId });
        assert.equal(cached.errors, undefined, JSON.stringify(cached.errors));
      }

      for (const replica of replicas) {
        assert.equal(replica.output().match(sharedLimitsDown)?.length ?? 0, 1, replica.output());
      }
    });
  } finally {
    await Promise.all(replicas.map((replica) => replica.stop()));
    await emulators.stop();
    await redis.stop().catch(() => {});
  }
});
