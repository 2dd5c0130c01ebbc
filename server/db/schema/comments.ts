import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** A manager's comment on a moment; `seq` orders them for the reps' pull cursor. */
export const comments = sqliteTable(
  'comments',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    momentId: text('moment_id').notNull(),
    callId: text('call_id').notNull(),
    /** The call owner's id: reps pull comments with `call_user_id = me`. */
    callUserId: text('call_user_id').notNull(),
    authorId: text('author_id').notNull(),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('comments_moment_idx').on(t.momentId), index('comments_call_user_seq_idx').on(t.callUserId, t.seq)],
);
