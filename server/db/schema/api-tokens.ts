import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users.ts';

/** Per-user API tokens for the extension; only the sha256 of the token is stored. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id').notNull().references(() => users.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);
