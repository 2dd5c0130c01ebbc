/** Opens and migrates the database and serves the app on HOST:PORT (used by `npm run server` and `npm start`). */
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { migrateDb, openDb } from './db/open-db.ts';
import { parseEnv } from './env.ts';

export async function serveApp(env = parseEnv()) {
  const db = await openDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN, env.DATABASE_SYNCHRONOUS);
  await migrateDb(db);
  const app = createApp({ db, env, clock: Date.now });
  return new Promise<{ port: number; close: () => void }>((ok) => {
    const server = serve({ fetch: app.fetch, hostname: env.HOST, port: env.PORT }, (info) => {
      process.stdout.write(JSON.stringify({ level: 'info', msg: 'listening', url: `http://${env.HOST}:${info.port}`, database: env.DATABASE_URL.replace(/\/\/[^@/]*@/, '//***@') }) + '\n');
      ok({ port: info.port, close: () => server.close() });
    });
  });
}

