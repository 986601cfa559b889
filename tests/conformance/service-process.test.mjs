// The built service (src/ProfileGraph.Server, Release) as a child process: on port 0 it says where it listens and
// where its emulators' admin API is, and with ProfileGraph:ExitWhenStdinCloses=true it stops by itself when its
// parent closes stdin, as a parent that dies does, so no test leaves a service behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startProfileGraph } from './tools/profile-graph.mjs';

test('the service prints its addresses, serves there, and stops when stdin closes', async () => {
  const profile = await startProfileGraph({ 'Clients:RequireKey': false });
  try {
    assert.match(profile.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.match(profile.admin, /^http:\/\/127\.0\.0\.1:\d+\/_admin$/);
    assert.notEqual(new URL(profile.admin).port, new URL(profile.url).port);
    assert.deepEqual(await profile.query('{ providers { provider emulated } }'), {
      data: { providers: ['SLACK', 'TELEGRAM', 'WHATSAPP', 'NANDBOX'].map((provider) => ({ provider, emulated: true })) },
    });
    assert.ok((await fetch(profile.admin)).ok);

    profile.closeStdin();
    const code = await Promise.race([profile.exited, new Promise((resolve) => setTimeout(() => resolve('still running after 20 s'), 20_000))]);
    assert.equal(code, 0);
    await assert.rejects(fetch(profile.endpoint));
  } finally {
    await profile.stop();
  }
});
