import { and, asc, eq } from 'drizzle-orm';
import type { Principal } from '../app-env.ts';
import { callScope } from '../auth/call-scope.ts';
import type { Db } from '../db/open-db.ts';
import { calls, comments, moments, segments, users } from '../db/schema/index.ts';

/** One call with its transcript, moments and comments, or undefined when the user may not see it. */
export async function callDetail(db: Db, user: Principal, id: string) {
  const call = await db
    .select({ call: calls, repName: users.name, repEmail: users.email })
    .from(calls)
    .innerJoin(users, eq(users.id, calls.userId))
    .where(and(eq(calls.id, id), eq(calls.deleted, false), callScope(user)))
    .get();
  if (!call) return undefined;
  const own = (t: typeof segments | typeof moments) => and(eq(t.callId, id), eq(t.userId, call.call.userId), eq(t.deleted, false));
  const [segRows, momentRows, commentRows] = await Promise.all([
    db.select().from(segments).where(own(segments)).orderBy(asc(segments.start)).all(),
    db.select().from(moments).where(own(moments)).orderBy(asc(moments.start)).all(),
    db.select().from(comments).where(eq(comments.callId, id)).orderBy(asc(comments.seq)).all(),
  ]);
  const { orgId: _org, deleted: _d, ...rest } = call.call;
  return {
    call: { ...rest, repName: call.repName, repEmail: call.repEmail },
    segments: segRows.map(({ sentimentScore, sentimentLabel, userId: _u, deleted: _x, ...s }) => ({
      ...s,
      ...(sentimentScore !== null && sentimentLabel ? { sentiment: { score: sentimentScore, label: sentimentLabel } } : {}),
    })),
    moments: momentRows.map(({ userId: _u, deleted: _x, ...m }) => m),
    comments: commentRows.map(({ seq: _s, callUserId: _c, authorId: _a, ...c }) => c),
  };
}
