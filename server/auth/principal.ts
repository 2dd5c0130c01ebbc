import { and, eq, gt } from 'drizzle-orm';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppDeps, AppEnv, Principal } from '../app-env.ts';
import { apiTokens, sessions, users, type Role } from '../db/schema/index.ts';
import { sha256 } from './secrets.ts';

export const SESSION_COOKIE = 'ps_session';

const principalColumns = { id: users.id, orgId: users.orgId, role: users.role, email: users.email, name: users.name };

/** The user behind a Bearer API token or a session cookie, or undefined. */
export async function resolvePrincipal(deps: AppDeps, c: Context): Promise<Principal | undefined> {
  const header = c.req.header('authorization');
  if (header) {
    const match = /^Bearer\s+(\S{10,200})$/i.exec(header);
    if (!match) return undefined;
    return deps.db
      .select(principalColumns)
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(eq(apiTokens.tokenHash, sha256(match[1])))
      .get();
  }
  const sid = getCookie(c, SESSION_COOKIE);
  if (!sid || sid.length > 200) return undefined;
  return deps.db
    .select(principalColumns)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, sha256(sid)), gt(sessions.expiresAt, deps.clock())))
    .get();
}

/** 401 without a valid token or session; sets `c.var.user`. */
export function requireUser(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = await resolvePrincipal(deps, c);
    if (!user) return c.json({ error: 'unauthorized', message: 'sign in or send a valid API token' }, 401);
    c.set('user', user);
    await next();
  };
}

/** 403 unless the signed-in user has one of the roles (run after requireUser). */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!roles.includes(c.get('user').role)) return c.json({ error: 'forbidden', message: 'not allowed for your role' }, 403);
    await next();
  };
}
