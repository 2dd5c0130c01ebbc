import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Transcript segments; indexed for full-text search by the segments_fts migration (FTS5 + triggers). */
export const segments = sqliteTable(
  'segments',
  {
    id: text('id').primaryKey(),
    callId: text('call_id').notNull(),
    userId: text('user_id').notNull(),
    speaker: text('speaker', { enum: ['rep', 'customer'] }).notNull(),
    start: real('start').notNull(),
    end: real('end').notNull(),
    text: text('text').notNull(),
    sentimentScore: real('sentiment_score'),
    sentimentLabel: text('sentiment_label'),
    speakerName: text('speaker_name'),
    updatedAt: integer('updated_at').notNull(),
    deleted: integer('deleted', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('segments_call_start_idx').on(t.callId, t.start)],
);
