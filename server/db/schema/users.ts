import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { orgs } from './orgs.ts';

export const ROLES = ['rep', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id').notNull().references(() => orgs.id),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    /** scrypt hash (`scrypt$N$r$p$salt$hash`); null for users who only sync with a token. */
    passwordHash: text('password_hash'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('users_org_idx').on(t.orgId)],
);
