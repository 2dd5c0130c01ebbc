/** Runs one of this folder's Python exporters under Debian's python3 with `input` as JSON on stdin. */
import { spawn } from 'node:child_process';

const PYTHON = process.env.PITCHSIDE_PYTHON ?? '/usr/bin/python3';

export function runPython(script: string, input: unknown, what = 'model export'): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(PYTHON, [script], {
      stdio: ['pipe', 'ignore', 'pipe'],
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? ok() : fail(new Error(`${what} failed (${code}): ${err.slice(-2000)}`))));
    child.stdin.end(JSON.stringify(input));
  });
}
