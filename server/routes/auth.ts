import { getConnInfo } from '@hono/node-server/conninfo';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { rateLimiter } from 'hono-rate-limiter';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../app-env.ts';
import { findUserByEmail } from '../accounts.ts';
import { requireUser, SESSION_COOKIE } from '../auth/principal.ts';
import { randomSecret, sha256, verifyPassword } from '../auth/secrets.ts';
import { sessions } from '../db/schema/index.ts';
import { validate } from '../http/validate.ts';

/** Web sign-in (password -> HttpOnly SameSite=Strict session cookie), sign-out and "who am I". */
export function authRoutes(ctx: AppContext) {
  const signInLimit = rateLimiter<AppEnv>({
    windowMs: 60_000,
    limit: ctx.env.SIGNIN_RATE_LIMIT,
    standardHeaders: 'draft-7',
    keyGenerator: (c) => {
      try {
        return getConnInfo(c).remote.address ?? 'unknown';
      } catch {
        return 'unknown';
      }
    },
    message: { error: 'rate_limited', message: 'too many sign-in attempts; wait a minute' },
  });
  const credentials = z.object({ email: z.string().trim().min(3).max(320), password: z.string().min(1).max(1_000) });
  return new Hono<AppEnv>()
    .post('/sign-in', signInLimit, validate('json', credentials), async (c) => {
      const { email, password } = c.req.valid('json');
      const user = await findUserByEmail(ctx.db, email);
      const ok = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : false;
      if (!user || !ok) return c.json({ error: 'unauthorized', message: 'wrong email or password' }, 401);
      const sid = randomSecret();
      const maxAge = Math.round(ctx.env.SESSION_TTL_HOURS * 3600);
      await ctx.db.insert(sessions).values({ idHash: sha256(sid), userId: user.id, expiresAt: ctx.clock() + maxAge * 1000, createdAt: ctx.clock() });
      setCookie(c, SESSION_COOKIE, sid, { httpOnly: true, sameSite: 'Strict', secure: ctx.env.COOKIE_SECURE, path: '/', maxAge });
      return c.json({ user: { id: user.id, orgId: user.orgId, role: user.role, email: user.email, name: user.name } });
    })
    .post('/sign-out', async (c) => {
      const sid = getCookie(c, SESSION_COOKIE);
      if (sid) await ctx.db.delete(sessions).where(eq(sessions.idHash, sha256(sid)));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.json({ ok: true });
    })
    .get('/me', requireUser(ctx), (c) => c.json({ user: c.get('user') }));
}
