import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` writes SQL migrations into server/db/migrations (committed);
// the server applies them with migrate() at start-up. Never `push`.
export default defineConfig({
  dialect: 'turso',
  schema: './server/db/schema/index.ts',
  out: './server/db/migrations',
  dbCredentials: { url: process.env.DATABASE_URL ?? 'file:data/pitchside.db' },
});
