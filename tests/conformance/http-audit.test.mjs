// The graphql-http package's server audits (the GraphQL-over-HTTP draft's MUSTs, SHOULDs and MAYs) against the
// transport test host, one test per audit so a failure names itself. Every audit must pass, MAYs included; and again
// against the built service, in Development (no key) and in Production with a client's key on every request.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { serverAudits } from 'graphql-http';
import { startTestHost } from './tools/test-host.mjs';
import { startProfileGraph } from './tools/profile-graph.mjs';

let host;
before(async () => {
  host = await startTestHost();
});
after(() => host?.stop());

const audits = serverAudits({ url: () => `${host.url}/graphql` });

test('the audit list covers MUSTs and SHOULDs', () => {
  assert.ok(audits.filter((audit) => audit.name.startsWith('MUST')).length >= 10);
  assert.ok(audits.filter((audit) => audit.name.startsWith('SHOULD')).length >= 20);
});

for (const audit of audits) {
  test(`${audit.id}: ${audit.name}`, async () => {
    const result = await audit.fn();
    const response = result.response ? ` (got ${result.response.status} ${result.response.headers.get('content-type') ?? ''})` : '';
    assert.equal(result.status, 'ok', `${result.reason ?? 'failed'}${response}`);
  });
}

// The benchmarks' peer: the same { hello } served by graphql-dotnet in the test host (a handler of our own around its
// executer, since its ASP.NET Core transport does not restore here); the peer benchmark compares like with like.
describe('graphql-dotnet at /graphql-dotnet in the test host', () => {
  for (const audit of serverAudits({ url: () => `${host.url}/graphql-dotnet` })) {
    test(`${audit.id}: ${audit.name}`, async () => {
      const result = await audit.fn();
      assert.equal(result.status, 'ok', result.reason ?? 'failed');
    });
  }
});

const auditKey = 'pg_test_audit_7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f';
for (const [environment, settings, key] of [
  ['Development', { environment: 'Development' }, null],
  // Some audits ask for __type, which Production allows only to clients that may introspect.
  ['Production, with a key', { 'Clients:audit:KeySha256': createHash('sha256').update(auditKey).digest('hex'), 'Clients:audit:AllowIntrospection': true }, auditKey],
]) {
  describe(`the service in ${environment}`, () => {
    let profile;
    before(async () => {
      profile = await startProfileGraph(settings);
    });
    after(() => profile?.stop());

    const withKey = (input, init = {}) => fetch(input, key ? { ...init, headers: { ...Object.fromEntries(new Headers(init.headers).entries()), 'x-api-key': key } } : init);
    for (const audit of serverAudits({ url: () => profile.endpoint, fetchFn: withKey })) {
      test(`${audit.id}: ${audit.name}`, async () => {
        const result = await audit.fn();
        const response = result.response ? ` (got ${result.response.status} ${result.response.headers.get('content-type') ?? ''})` : '';
        assert.equal(result.status, 'ok', `${result.reason ?? 'failed'}${response}`);
      });
    }
  });
}
