import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client, type Transaction } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import * as schema from './schema/index.ts';

export type Db = LibSQLDatabase<typeof schema> & { $client: Client };

export const MIGRATIONS_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Opens a libsql database (file:, libsql:, http:, ws:) with drizzle; a file's folder is created. */
export async function openDb(url: string, authToken?: string, synchronous: 'normal' | 'full' = 'full'): Promise<Db> {
  const file = url.startsWith('file:') ? url.slice('file:'.length).split('?')[0] : undefined;
  if (file && file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  // timeout: busy timeout (ms) for file databases, where several connections may write.
  const client = createClient({ url, authToken, timeout: 10_000, concurrency: FILE_CONNECTIONS });
  if (file !== undefined) {
    await client.execute('PRAGMA journal_mode=WAL');
    // An in-memory database has a single connection.
    await onEveryConnection(client, file === ':memory:' ? 1 : FILE_CONNECTIONS, [`PRAGMA synchronous=${synchronous}`]);
  }
  return drizzle(client, { schema });
}

/** The most connections a file client's pool opens (also @libsql/client's default `concurrency`). */
const FILE_CONNECTIONS = 20;

/**
 * Runs per-connection pragmas on each of the `n` connections a file client's pool will hold.
 * The pool opens connections lazily and lends an idle one before it opens another, so: run the
 * pragmas (on the one idle connection, or a new one), then hold that connection in an open
 * (deferred, lock-free) transaction so the next round gets a fresh one; finally give all back.
 * A connection the pool later replaces (after an I/O error) starts with SQLite's defaults.
 */
async function onEveryConnection(client: Client, n: number, pragmas: string[]): Promise<void> {
  const held: Transaction[] = [];
  try {
    for (let i = 0; i < n; i++) {
      for (const pragma of pragmas) await client.execute(pragma);
      held.push(await client.transaction('deferred'));
    }
  } finally {
    for (const tx of held) tx.close();
  }
}

/** Applies the committed SQL migrations (drizzle-kit generate) that this database lacks. */
export async function migrateDb(db: Db): Promise<void> {
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}
