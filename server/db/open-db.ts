import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import * as schema from './schema/index.ts';

export type Db = LibSQLDatabase<typeof schema> & { $client: Client };

export const MIGRATIONS_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Opens a libsql database (file:, libsql:, http:, ws:) with drizzle; a file's folder is created. */
export async function openDb(url: string, authToken?: string): Promise<Db> {
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length).split('?')[0];
    if (path && path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  }
  // timeout: busy timeout (ms) for file databases, where several connections may write.
  const client = createClient({ url, authToken, timeout: 10_000 });
  if (url.startsWith('file:')) await client.execute('PRAGMA journal_mode=WAL');
  return drizzle(client, { schema });
}

/** Applies the committed SQL migrations (drizzle-kit generate) that this database lacks. */
export async function migrateDb(db: Db): Promise<void> {
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}
