import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** A team. Its playbook (JSON, merged over defaultPlaybook) is what every rep's extension pulls. */
export const orgs = sqliteTable('orgs', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  playbook: text('playbook'),
  /** Bumped on every playbook write; part of the pull cursor. */
  playbookVersion: integer('playbook_version').notNull().default(0),
  createdAt: integer('created_at').notNull(),
});
