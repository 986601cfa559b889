// Starts the built service (src/ProfileGraph.Server, Release) on a free loopback port with its embedded emulators
// (see dotnet-host.mjs), and talks to it: GraphQL over HTTP, the emulators' request counters.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { root, startDotnetHost } from './dotnet-host.mjs';

export const serverDll = `${root}src/ProfileGraph.Server/bin/Release/net10.0/ProfileGraph.Server.dll`;

/**
 * Starts the service; `settings` become configuration. Resolves to { url, endpoint, admin, query, counters,
 * resetCounters, output, stop }: `url` as it listens, `endpoint` its /graphql, `admin` the emulators' admin API.
 */
export async function startProfileGraph(settings = {}) {
  const args = ['--ProfileGraph:ExitWhenStdinCloses=true', ...Object.entries(settings).map(([key, value]) => `--${key}=${value}`)];
  const host = await startDotnetHost(serverDll, args);
  const admin = /Emulator admin on (http:\/\/\S+)/.exec(host.output())?.[1];
  if (!admin) {
    await host.stop();
    throw new Error(`the service did not print its emulators' admin address:\n${host.output()}`);
  }

  const endpoint = `${host.url}/graphql`;
  const ok = async (response) => {
    if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status} ${await response.text()}`);
    return response;
  };
  return {
    ...host,
    endpoint,
    admin,
    /** POSTs a GraphQL request; resolves to the response body. */
    query: async (query, variables = {}) => (await ok(await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    }))).json(),
    /** The emulators' counters of one provider ({ endpoint: { requests, keys, batchSizes, outcomes } }), or of all by provider. */
    counters: async (provider) => (await ok(await fetch(`${admin}/counters${provider ? `/${provider}` : ''}`))).json(),
    resetCounters: async () => { await ok(await fetch(`${admin}/counters`, { method: 'DELETE' })); },
  };
}

/** Runs `ProfileGraph.Server schema export ...options` and resolves to what it prints. */
export async function exportSchema(...options) {
  const { stdout } = await promisify(execFile)('dotnet', [serverDll, 'schema', 'export', ...options], { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}
