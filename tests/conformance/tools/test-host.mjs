// Starts the built transport test host (tests/ProfileGraph.GraphQL.AspNetCore.TestHost) on a free loopback port
// (see dotnet-host.mjs), and stops it again.
import { root, startDotnetHost } from './dotnet-host.mjs';

export const hostDll = `${root}tests/ProfileGraph.GraphQL.AspNetCore.TestHost/bin/Release/net10.0/ProfileGraph.GraphQL.AspNetCore.TestHost.dll`;

/** Starts the host; `settings` become configuration (e.g. { 'GraphQL:EnableBatching': true }). Resolves to { url, output, stop }. */
export function startTestHost(settings = {}) {
  const args = ['--TestHost:ExitWhenStdinCloses=true', ...Object.entries(settings).map(([key, value]) => `--${key}=${value}`)];
  return startDotnetHost(hostDll, args);
}
