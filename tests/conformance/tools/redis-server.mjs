// A real redis-server (Debian's package, which ./build.sh installs) on a free loopback port, its files in a temporary
// directory and nothing persisted; killed on stop, as a crash or an outage would end it.
import { spawn, execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startRedis() {
  const directory = mkdtempSync(join(tmpdir(), 'profilegraph-redis-'));
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', directory, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const onExit = () => child.kill('SIGKILL');
  process.on('exit', onExit);
  for (let attempt = 0; ; attempt++) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => { socket.end(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (open) break;
    if (attempt > 200) throw new Error(`redis-server did not listen on ${port} within 5 s`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }

  return {
    connectionString: `127.0.0.1:${port}`,
    /** Keys matching a pattern, through redis-cli. */
    keys: async (pattern) => (await promisify(execFile)('redis-cli', ['-p', String(port), '--scan', '--pattern', pattern])).stdout.split('\n').filter(Boolean),
    async stop() {
      child.kill('SIGKILL');
      await exited;
      process.off('exit', onExit);
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
