import { and, desc, eq, gte, like, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Principal } from '../app-env.ts';
import { callScope } from '../auth/call-scope.ts';
import type { Db } from '../db/open-db.ts';
import { calls, users } from '../db/schema/index.ts';

const score = z.coerce.number().min(-1).max(1);

export const listCallsQuery = z.object({
  rep: z.string().max(128).optional(),
  /** Epoch ms, inclusive. */
  from: z.coerce.number().int().min(0).optional(),
  /** Epoch ms, exclusive. */
  to: z.coerce.number().int().min(0).optional(),
  /** A moment kind, or a family such as `objection` (any objection.*). */
  kind: z.string().regex(/^[\w.-]{1,80}$/, 'not a moment kind').optional(),
  minSentiment: score.optional(),
  maxSentiment: score.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListCallsQuery = z.infer<typeof listCallsQuery>;

export function encodeCursor(startedAt: number, id: string): string {
  return Buffer.from(JSON.stringify([startedAt, id])).toString('base64url');
}

export function decodeCursor(cursor: string): { startedAt: number; id: string } | undefined {
  try {
    const [startedAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    return typeof startedAt === 'number' && typeof id === 'string' ? { startedAt, id } : undefined;
  } catch {
    return undefined;
  }
}

/** The calls the user may see, newest first, filtered, one page at a time (keyset cursor). */
export async function listCalls(db: Db, user: Principal, q: ListCallsQuery, after?: { startedAt: number; id: string }) {
  const conds: (SQL | undefined)[] = [callScope(user), eq(calls.deleted, false)];
  if (q.rep) conds.push(eq(calls.userId, q.rep));
  if (q.from !== undefined) conds.push(gte(calls.startedAt, q.from));
  if (q.to !== undefined) conds.push(lt(calls.startedAt, q.to));
  if (q.minSentiment !== undefined) conds.push(gte(calls.sentimentMean, q.minSentiment));
  if (q.maxSentiment !== undefined) conds.push(lte(calls.sentimentMean, q.maxSentiment));
  if (q.kind) {
    const kind = q.kind.includes('.') ? sql`m.kind = ${q.kind}` : like(sql`m.kind`, `${q.kind}.%`);
    conds.push(sql`EXISTS (SELECT 1 FROM moments m WHERE m.call_id = ${calls.id} AND m.user_id = ${calls.userId} AND m.deleted = 0 AND ${kind})`);
  }
  if (after) conds.push(or(lt(calls.startedAt, after.startedAt), and(eq(calls.startedAt, after.startedAt), lt(calls.id, after.id))));
  const rows = await db
    .select({
      id: calls.id,
      title: calls.title,
      platform: calls.platform,
      status: calls.status,
      startedAt: calls.startedAt,
      duration: calls.duration,
      repId: calls.userId,
      repName: users.name,
      repTalkSeconds: calls.repTalkSeconds,
      customerTalkSeconds: calls.customerTalkSeconds,
      sentimentMean: calls.sentimentMean,
      momentCount: sql<number>`(SELECT count(*) FROM moments m WHERE m.call_id = ${calls.id} AND m.user_id = ${calls.userId} AND m.deleted = 0)`,
    })
    .from(calls)
    .innerJoin(users, eq(users.id, calls.userId))
    .where(and(...conds))
    .orderBy(desc(calls.startedAt), desc(calls.id))
    .limit(q.limit + 1)
    .all();
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return { calls: page, nextCursor: rows.length > q.limit && last ? encodeCursor(last.startedAt, last.id) : null };
}
