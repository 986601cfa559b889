// Runs one of the stdin/stdout tools of this folder (gateway.mjs, compose.mjs, ...) as its own process, as the .NET
// tests do: writes the input as JSON and resolves to the JSON it writes.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export function runTool(script, input) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(new URL(script, import.meta.url))], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => { stdout += chunk; });
    child.stderr.setEncoding('utf8').on('data', (chunk) => { stderr += chunk; });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) {
        reject(new Error(`${script} exited with ${code}:\n${stderr}`));
        return;
      }

      try {
        resolve(JSON.parse(stdout));
      } catch {
        reject(new Error(`${script} wrote no JSON:\n${stdout}\n${stderr}`));
      }
    });
    child.stdin.end(JSON.stringify(input));
  });
}
