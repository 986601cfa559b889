// ProfileGraph as a remote schema of @graphql-tools/stitch, against the built service (src/ProfileGraph.Server,
// Release) on a loopback port with its embedded emulators: stitched beside a local schema through
// @graphql-tools/executor-http, each query answers exactly what ProfileGraph answers to a direct POST, errors
// included, at the same cost in provider calls.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildHTTPExecutor } from '@graphql-tools/executor-http';
import { stitchSchemas } from '@graphql-tools/stitch';
import { GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, buildClientSchema, getIntrospectionQuery, graphql, parse } from 'graphql';
import { startProfileGraph } from './tools/profile-graph.mjs';

let profile;
let stitched;
let telegramIds;
before(async () => {
  // The profile cache is off: these tests compare what each path costs in provider calls.
  profile = await startProfileGraph({ 'Cache:Enabled': false, 'Clients:RequireKey': false, 'GraphQL:Introspection': true });
  const executor = buildHTTPExecutor({ endpoint: profile.endpoint });
  const introspection = await executor({ document: parse(getIntrospectionQuery()) });
  assert.equal(introspection.errors, undefined);
  const local = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: { greeting: { type: new GraphQLNonNull(GraphQLString), args: { name: { type: GraphQLString } }, resolve: (_, { name }) => `Hello, ${name ?? 'world'}!` } },
    }),
  });
  stitched = stitchSchemas({ subschemas: [{ schema: buildClientSchema(introspection.data), executor }, { schema: local }] });

  const page = await profile.query('{ telegramUsers(first: 12, order: [{ firstName: DESC }]) { edges { node { providerId } } } }');
  telegramIds = page.data.telegramUsers.edges.map((edge) => edge.node.providerId);
});
after(() => profile?.stop());

// Errors as both sides can say them: the stitched document is not the client's, so it has no locations.
const comparable = ({ data, errors }) => ({ data, ...(errors ? { errors: errors.map(({ message, path, extensions }) => ({ message, path, extensions })) } : {}) });

/** Runs the query through the stitched schema, then as a direct POST; each with the provider calls it cost (the emulators' counters). */
async function both(source, variables = {}) {
  await profile.resetCounters();
  const viaStitching = comparable(JSON.parse(JSON.stringify(await graphql({ schema: stitched, source, variableValues: variables }))));
  const stitchedCost = await profile.counters();
  await profile.resetCounters();
  const direct = comparable(await profile.query(source, variables));
  return { viaStitching, direct, stitchedCost, directCost: await profile.counters() };
}

const cases = [
  {
    name: 'a filtered, sorted page of telegramUsers with cursors, aliases, fragments and variables',
    query: `query Page($first: Int, $where: TelegramUserFilter) {
      page: telegramUsers(first: $first, where: $where, order: [{ lastName: ASC }, { firstName: ASC }]) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...who telegram { key firstName lastName username } } }
      }
    }
    fragment who on User { __typename id provider providerId displayName username avatar(size: 64) { url } }`,
    variables: () => ({ first: 7, where: { firstName: { startsWith: 'a' } } }),
  },
  {
    name: 'users(refs:) with users the providers do not have: null items and coded errors at their paths',
    query: 'query($refs: [UserRef!]!) { users(refs: $refs) { providerId displayName firstName lastName telegram { username } } }',
    variables: () => ({ refs: [...telegramIds.slice(0, 6), 'no-such-user'].map((id) => ({ provider: 'TELEGRAM', id })).concat({ provider: 'SLACK', id: 'U0NOSUCH' }) }),
    errors: ['USER_NOT_FOUND', 'USER_NOT_FOUND'],
  },
  {
    name: 'node and nodes by global id, with an id that is not one of the graph\'s',
    query: `query($id: ID!, $ids: [ID!]!) {
      node(id: $id) { id ... on User { displayName telegram { firstName } } }
      nodes(ids: $ids) { __typename id ... on User { providerId } }
    }`,
    variables: async () => {
      const ids = (await profile.query('query($refs: [UserRef!]!) { users(refs: $refs) { id } }', { refs: telegramIds.slice(0, 3).map((id) => ({ provider: 'TELEGRAM', id })) })).data.users.map((user) => user.id);
      return { id: ids[0], ids: [ids[1], 'not-an-id', ids[2]] };
    },
    errors: ['BAD_USER_INPUT'],
  },
  {
    name: '_entities through the stitched schema, by both keys of User',
    query: 'query($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on User { providerId displayName } } }',
    variables: async () => {
      const { user } = (await profile.query('query($id: ID!) { user(provider: TELEGRAM, id: $id) { id } }', { id: telegramIds[7] })).data;
      return { representations: [{ __typename: 'User', id: user.id }, { __typename: 'User', provider: 'TELEGRAM', providerId: telegramIds[8] }] };
    },
  },
];

for (const { name, query, variables, errors = [] } of cases) {
  test(`stitched answers what ProfileGraph answers directly: ${name}`, async () => {
    const { viaStitching, direct, stitchedCost, directCost } = await both(query, await variables());

    assert.deepEqual(viaStitching, direct);
    assert.deepEqual((direct.errors ?? []).map((error) => error.extensions.code), errors);
    assert.ok(JSON.stringify(direct.data).includes('"displayName":"'), 'the emulators gave real profiles');
    assert.deepEqual(stitchedCost, directCost);
  });
}

test('a query across the local schema and ProfileGraph answers each part as its own schema does', async () => {
  const refs = telegramIds.slice(0, 5).map((id) => ({ provider: 'TELEGRAM', id }));
  const profilePart = 'users(refs: $refs) { id providerId displayName telegram { firstName lastName username } }';
  const { viaStitching } = await both(`query($refs: [UserRef!]!) { greeting(name: "ProfileGraph") ${profilePart} }`, { refs });
  const direct = await profile.query(`query($refs: [UserRef!]!) { ${profilePart} }`, { refs });

  assert.deepEqual(viaStitching, { data: { greeting: 'Hello, ProfileGraph!', users: direct.data.users } });
  assert.equal(direct.data.users.length, 5);
});
