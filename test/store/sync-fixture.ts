/**
 * A real sync server for the Chromium sync tests: a temporary libsql file database, the server
 * process on a fixed 127.0.0.1 port (so it can be stopped and started again at the same URL),
 * and users made with the real admin CLI.
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { startServer, type RunningServer } from '../harness/start-server.ts';
import { tempDb, type TempDb } from '../harness/temp-db.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface Account {
  userId: string;
  token: string;
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

export class SyncFixture {
  server!: RunningServer;
  readonly db: TempDb = tempDb('pitchside-sync-e2e-');
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(env: Record<string, string> = {}): Promise<void> {
    this.port ||= await freePort();
    this.server = await startServer(this.db.url, { PORT: String(this.port), ...env });
  }

  async stop(): Promise<void> {
    await this.server?.stop();
  }

  admin(...args: string[]): Account {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'server/admin.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: this.db.url },
    });
    return JSON.parse(out.toString());
  }

  /** An authenticated call to the server's API, answering the parsed JSON and the status. */
  async api<T = unknown>(token: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, json: (await res.json()) as T };
  }

  async dispose(): Promise<void> {
    await this.stop();
    this.db.cleanup();
  }
}
