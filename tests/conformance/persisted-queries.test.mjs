// Apollo's automatic persisted queries against the built service, as Apollo's persisted query link speaks them: the
// document's SHA-256 (hex, of the printed document, computed here with graphql-js and Node's crypto) goes first
// alone, as a GET with `extensions` when the link uses GET for hashed queries; PersistedQueryNotFound makes the
// client send the document with its hash once; after that the hash alone is served.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { parse, print } from 'graphql';
import { startProfileGraph } from './tools/profile-graph.mjs';

const key = 'pg_test_apq_5b0e3c2a9f8d7e6c5b4a3f2e1d0c9b8a';
let profile;
before(async () => {
  profile = await startProfileGraph({
    'Clients:apollo:KeySha256': createHash('sha256').update(key).digest('hex'),
  });
});
after(() => profile?.stop());

const headers = { 'x-api-key': key, accept: 'application/graphql-response+json' };

test('a hash the service has not seen, then the document with its hash, then the hash alone', async () => {
  const query = print(parse('query Providers { providers { provider emulated } }'));
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });
  const hashed = `${profile.endpoint}?operationName=Providers&extensions=${encodeURIComponent(extensions)}`;

  const first = await fetch(hashed, { headers });
  const firstBody = await first.json();
  assert.equal(firstBody.errors[0].message, 'PersistedQueryNotFound');
  assert.equal(firstBody.errors[0].extensions.code, 'PERSISTED_QUERY_NOT_FOUND');

  const registered = await fetch(profile.endpoint, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ query, operationName: 'Providers', extensions: JSON.parse(extensions) }),
  });
  assert.equal(registered.status, 200);
  const expected = { data: { providers: ['SLACK', 'TELEGRAM', 'WHATSAPP', 'NANDBOX'].map((provider) => ({ provider, emulated: true })) } };
  assert.deepEqual(await registered.json(), expected);

  const again = await fetch(hashed, { headers });
  assert.equal(again.status, 200);
  assert.deepEqual(await again.json(), expected);
});

test('a document sent under another document\'s hash is refused', async () => {
  const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update('{ __typename }').digest('hex') } };
  const response = await fetch(profile.endpoint, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ providers { provider } }', extensions }),
  });
  assert.equal((await response.json()).errors[0].extensions.code, 'PERSISTED_QUERY_HASH_MISMATCH');
});
