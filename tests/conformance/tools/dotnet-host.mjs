// Starts a built .NET web host (Release, as ./build.sh builds it) on a free loopback port, and stops it again. The
// host runs in its own process group, killed on stop and when this process exits; should this process die without
// a word, the host sees its stdin close and stops itself (the caller passes the setting that asks for that).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Runs `dotnet <dll> --urls http://127.0.0.1:0 ...args` and resolves, once it prints "Listening on <url>", to
 * { url, output, stop }.
 */
export async function startDotnetHost(dll, args = []) {
  if (!existsSync(dll)) {
    throw new Error(`${dll} is missing: build the solution in Release first (./build.sh test does).`);
  }

  const child = spawn('dotnet', [dll, '--urls', 'http://127.0.0.1:0', ...args], {
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, DOTNET_NOLOGO: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
  });
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);

  let output = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${dll} did not start within 60 s:\n${output}`)), 60_000);
    const read = (chunk) => {
      output += chunk;
      const match = /Listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.setEncoding('utf8').on('data', read);
    child.stderr.setEncoding('utf8').on('data', (chunk) => { output += chunk; });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${dll} exited with ${code} before listening:\n${output}`));
    });
  });

  return {
    url,
    /** The host's output so far, for failure messages. */
    output: () => output,
    /** Resolves to the exit code once the host has exited. */
    exited,
    /** Closes the host's stdin, as a parent that dies does. */
    closeStdin: () => child.stdin.end(),
    async stop() {
      child.stdin.end();
      killGroup('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
      process.off('exit', onExit);
    },
  };
}
