import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const moments = sqliteTable(
  'moments',
  {
    id: text('id').primaryKey(),
    callId: text('call_id').notNull(),
    userId: text('user_id').notNull(),
    kind: text('kind').notNull(),
    speaker: text('speaker', { enum: ['rep', 'customer'] }).notNull(),
    start: real('start').notNull(),
    end: real('end').notNull(),
    text: text('text').notNull(),
    severity: text('severity', { enum: ['info', 'warning', 'critical'] }).notNull(),
    suggestion: text('suggestion'),
    competitor: text('competitor'),
    segmentId: text('segment_id'),
    updatedAt: integer('updated_at').notNull(),
    deleted: integer('deleted', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('moments_call_idx').on(t.callId, t.start), index('moments_kind_call_idx').on(t.kind, t.callId)],
);
