// ProfileGraph as an Apollo Federation 2 subgraph, against the built service (src/ProfileGraph.Server, Release) on a
// loopback port with its embedded emulators: the SDL it exports and serves is what @apollo/subgraph makes of its
// contract; @apollo/composition composes it with a subgraph written with @apollo/subgraph
// (tools/subgraphs/profile-accounts.mjs); the Apollo gateway answers queries that cross both subgraphs both ways,
// calling ProfileGraph's _entities, with the emulators' data and at the emulators' cost.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';
import accounts, { planOf } from './tools/subgraphs/profile-accounts.mjs';
import { root } from './tools/dotnet-host.mjs';
import { exportSchema, startProfileGraph } from './tools/profile-graph.mjs';
import { runTool } from './tools/run-tool.mjs';

let profile;
let telegramIds;
before(async () => {
  // The profile cache is off: these tests compare what each path costs in provider calls.
  profile = await startProfileGraph({ 'Cache:Enabled': false, 'Clients:RequireKey': false, 'GraphQL:Introspection': true });
  // Real Telegram users of the emulators, from the graph itself.
  const page = await profile.query('{ telegramUsers(first: 20) { edges { node { providerId } } } }');
  telegramIds = page.data.telegramUsers.edges.map((edge) => edge.node.providerId);
  assert.equal(telegramIds.length, 20);
});
after(() => profile?.stop());

const serviceSdl = async () => (await profile.query('{ _service { sdl } }')).data._service.sdl;

test('schema export prints the contract, and --federation what _service serves: what @apollo/subgraph builds from the contract', async () => {
  const contract = await readFile(`${root}schema/profile.graphql`, 'utf8');
  const apollo = await graphql({ schema: buildSubgraphSchema([{ typeDefs: parse(contract) }]), source: '{ _service { sdl } }' });
  assert.equal(apollo.errors, undefined);

  const served = await serviceSdl();
  assert.equal(served, apollo.data._service.sdl);
  assert.equal(await exportSchema('--federation'), served);
  assert.equal(await exportSchema(), contract);
  assert.match(served, /\ntype User implements Node\n {2}@key\(fields: "id"\)\n {2}@key\(fields: "provider providerId"\)\n\{/);
});

test('@apollo/composition composes the served SDL with the accounts subgraph without errors or hints', async () => {
  const result = composeServices([
    { name: 'profile', url: profile.endpoint, typeDefs: parse(await serviceSdl()) },
    { name: 'accounts', url: 'http://accounts.invalid/graphql', typeDefs: parse(accounts.typeDefs) },
  ]);

  assert.deepEqual(result.errors ?? [], []);
  assert.deepEqual(result.hints.map((hint) => `${hint.definition.code}: ${hint.message}`), []);
  assert.match(result.supergraphSdl, /\n {2}@join__type\(graph: ACCOUNTS, key: "provider providerId"\)\n {2}@join__type\(graph: PROFILE, key: "id"\)\n {2}@join__type\(graph: PROFILE, key: "provider providerId"\)\n\{/);
  assert.match(result.supergraphSdl, /\n {2}account: Account! @join__field\(graph: ACCOUNTS\)\n/);
});

test('the Apollo gateway answers across ProfileGraph and accounts both ways, through ProfileGraph\'s _entities in one batch', async () => {
  const refs = telegramIds.map((id) => ({ provider: 'TELEGRAM', id }));
  const userFields = 'id providerId displayName username telegram { firstName }';
  const direct = await profile.query(`query($refs: [UserRef!]!) { users(refs: $refs) { ${userFields} } }`, { refs });
  assert.equal(direct.errors, undefined);
  const users = direct.data.users;
  assert.ok(users.every((user) => user.displayName && user.telegram.firstName), 'the emulators know every user');

  await profile.resetCounters();
  const { error, results, fetches } = await runTool('./gateway.mjs', {
    subgraphs: [{ name: 'profile', url: profile.endpoint }],
    companions: ['./subgraphs/profile-accounts.mjs'],
    requests: [
      // ProfileGraph, then accounts' _entities for each user's account.
      { query: 'query($refs: [UserRef!]!) { users(refs: $refs) { providerId displayName account { id plan } } }', variables: { refs } },
      // accounts, then ProfileGraph's _entities for every owner at once.
      { query: `query($ids: [ID!]!) { accounts(provider: TELEGRAM, providerIds: $ids) { plan owner { ${userFields} } } }`, variables: { ids: telegramIds } },
    ],
  });
  assert.equal(error, undefined);

  assert.deepEqual(results[0], {
    data: { users: users.map((user) => ({ providerId: user.providerId, displayName: user.displayName, account: { id: `TELEGRAM:${user.providerId}`, plan: planOf(user.providerId) } })) },
  });
  assert.deepEqual(results[1], { data: { accounts: users.map((user) => ({ plan: planOf(user.providerId), owner: user })) } });

  // The second query reached ProfileGraph as one _entities call with every owner, keyed by provider providerId.
  assert.deepEqual(fetches[0].map((fetch) => fetch.subgraph), ['profile']);
  const [entities] = fetches[1];
  assert.equal(fetches[1].length, 1);
  assert.match(entities.query, /_entities\(representations:\$representations\)/);
  assert.deepEqual(entities.variables.representations, refs.map(({ provider, id }) => ({ __typename: 'User', provider, providerId: id })));

  // Each query's 20 users cost ProfileGraph one Infobip list call, users(refs:) and _entities alike.
  const telegram = await profile.counters('telegram');
  assert.equal(telegram['users.list'].requests, 2);
  assert.equal(telegram['users.get']?.requests ?? 0, 0);
});

test('through the gateway, an owner ProfileGraph does not know is null data with ProfileGraph\'s coded error at its path', async () => {
  const { results } = await runTool('./gateway.mjs', {
    subgraphs: [{ name: 'profile', url: profile.endpoint }],
    companions: ['./subgraphs/profile-accounts.mjs'],
    requests: [{ query: 'query($ids: [ID!]!) { accounts(provider: TELEGRAM, providerIds: $ids) { owner { providerId displayName } } }', variables: { ids: ['no-such-user', telegramIds[0]] } }],
  });
  const known = (await profile.query('query($id: ID!) { user(provider: TELEGRAM, id: $id) { displayName } }', { id: telegramIds[0] })).data.user;

  assert.deepEqual(results[0].data, {
    accounts: [{ owner: { providerId: 'no-such-user', displayName: null } }, { owner: { providerId: telegramIds[0], displayName: known.displayName } }],
  });
  assert.deepEqual(results[0].errors.map(({ path, extensions }) => ({ path, code: extensions.code, serviceName: extensions.serviceName })), [
    { path: ['accounts', 0, 'owner'], code: 'USER_NOT_FOUND', serviceName: 'profile' },
  ]);
});
