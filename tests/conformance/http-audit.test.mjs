// The graphql-http package's server audits (the GraphQL-over-HTTP draft's MUSTs, SHOULDs and MAYs) against the
// transport test host, one test per audit so a failure names itself. Every audit must pass, MAYs included.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAudits } from 'graphql-http';
import { startTestHost } from './tools/test-host.mjs';

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
