import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** A synced call. `id` is the client's; the owner (user_id) is fixed by the first write. */
export const calls = sqliteTable(
  'calls',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull(),
    orgId: text('org_id').notNull(),
    title: text('title').notNull(),
    platform: text('platform').notNull(),
    status: text('status').notNull(),
    startedAt: integer('started_at').notNull(),
    endedAt: integer('ended_at'),
    duration: real('duration'),
    participants: text('participants', { mode: 'json' }).$type<string[]>(),
    model: text('model'),
    notes: text('notes'),
    /** CallMetrics as computed by the extension (JSON), when sent. */
    metrics: text('metrics', { mode: 'json' }).$type<Record<string, number | null>>(),
    updatedAt: integer('updated_at').notNull(),
    deleted: integer('deleted', { mode: 'boolean' }).notNull().default(false),
    /** Derived from segments after each sync batch (filters and analytics). */
    repTalkSeconds: real('rep_talk_seconds'),
    customerTalkSeconds: real('customer_talk_seconds'),
    sentimentMean: real('sentiment_mean'),
  },
  (t) => [
    index('calls_org_started_idx').on(t.orgId, t.startedAt, t.id),
    index('calls_user_started_idx').on(t.userId, t.startedAt, t.id),
  ],
);
