import { and, asc, eq, gt } from 'drizzle-orm';
import type { SyncPullResponse } from '../../core/sync-schema.ts';
import type { Principal } from '../app-env.ts';
import type { Db } from '../db/open-db.ts';
import { comments } from '../db/schema/index.ts';
import { readPlaybook } from '../playbook-store.ts';

export const PULL_PAGE = 500;

/** `c<comment seq>.p<playbook version>`; absent = from the beginning. */
export function parseCursor(since: string | undefined): { seq: number; version: number } | undefined {
  if (!since) return { seq: 0, version: -1 };
  const m = /^c(\d{1,15})\.p(\d{1,15})$/.exec(since);
  return m ? { seq: Number(m[1]), version: Number(m[2]) } : undefined;
}

/** Manager comments on the user's moments after the cursor, and the org playbook if it changed. */
export async function pullChanges(db: Db, user: Principal, from: { seq: number; version: number }): Promise<SyncPullResponse> {
  const rows = await db
    .select()
    .from(comments)
    .where(and(eq(comments.callUserId, user.id), gt(comments.seq, from.seq)))
    .orderBy(asc(comments.seq))
    .limit(PULL_PAGE + 1)
    .all();
  const page = rows.slice(0, PULL_PAGE);
  const { playbook, version } = await readPlaybook(db, user.orgId);
  const seq = page.length ? page[page.length - 1].seq : from.seq;
  return {
    cursor: `c${seq}.p${version}`,
    comments: page.map((r) => ({ id: r.id, momentId: r.momentId, callId: r.callId, authorName: r.authorName, body: r.body, createdAt: r.createdAt })),
    playbook: version > from.version ? playbook : null,
    hasMore: rows.length > PULL_PAGE,
  };
}
