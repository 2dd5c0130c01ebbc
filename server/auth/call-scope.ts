import { eq, type SQL } from 'drizzle-orm';
import type { Principal } from '../app-env.ts';
import { calls } from '../db/schema/index.ts';

/** Which calls a user may read: a rep their own, a manager or admin their org's. */
export function callScope(user: Principal): SQL {
  return user.role === 'rep' ? eq(calls.userId, user.id) : eq(calls.orgId, user.orgId);
}
