import { eq, sql } from 'drizzle-orm';
import { defaultPlaybook, parsePlaybook } from '../core/playbook.ts';
import type { Playbook } from '../core/types.ts';
import type { Db } from './db/open-db.ts';
import { orgs } from './db/schema/index.ts';

/** The org's playbook (stored JSON merged over the defaults) and its version. */
export async function readPlaybook(db: Db, orgId: string): Promise<{ playbook: Playbook; version: number }> {
  const row = await db.select({ playbook: orgs.playbook, version: orgs.playbookVersion }).from(orgs).where(eq(orgs.id, orgId)).get();
  const playbook = row?.playbook ? parsePlaybook(row.playbook) : defaultPlaybook;
  return { playbook, version: row?.version ?? 0 };
}

/** Stores an already validated playbook and bumps the version reps pull by. */
export async function writePlaybook(db: Db, orgId: string, playbook: Playbook): Promise<number> {
  const row = await db
    .update(orgs)
    .set({ playbook: JSON.stringify(playbook), playbookVersion: sql`${orgs.playbookVersion} + 1` })
    .where(eq(orgs.id, orgId))
    .returning({ version: orgs.playbookVersion })
    .get();
  return row?.version ?? 0;
}
