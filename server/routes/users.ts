import { and, asc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../app-env.ts';
import { AccountError, addUser, issueToken } from '../accounts.ts';
import { requireRole, requireUser } from '../auth/principal.ts';
import { ROLES, users } from '../db/schema/index.ts';
import { invalid, validate } from '../http/validate.ts';

/** Users of the caller's org: managers list them (rep filter); admins also add users and issue tokens. */
export function usersRoutes(ctx: AppContext) {
  const newUser = z.object({
    email: z.string().trim().email(),
    name: z.string().trim().max(200).optional(),
    role: z.enum(ROLES),
    password: z.string().min(8).max(1_000).optional(),
  });
  return new Hono<AppEnv>()
    .use(requireUser(ctx))
    .get('/', requireRole('manager', 'admin'), async (c) => {
      const rows = await ctx.db
        .select({ id: users.id, email: users.email, name: users.name, role: users.role })
        .from(users)
        .where(eq(users.orgId, c.get('user').orgId))
        .orderBy(asc(users.name))
        .all();
      return c.json({ users: rows });
    })
    .post('/', requireRole('admin'), validate('json', newUser), async (c) => {
      try {
        const created = await addUser(ctx.db, { ...c.req.valid('json'), orgId: c.get('user').orgId }, ctx.clock());
        return c.json(created, 201);
      } catch (err) {
        if (err instanceof AccountError) return c.json(invalid(err.field, err.message), 400);
        throw err;
      }
    })
    .post('/:id/token', requireRole('admin'), async (c) => {
      const target = await ctx.db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, c.req.param('id')), eq(users.orgId, c.get('user').orgId)))
        .get();
      if (!target) return c.json({ error: 'not_found', message: 'no such user' }, 404);
      return c.json({ userId: target.id, token: await issueToken(ctx.db, target.id, ctx.clock()) }, 201);
    });
}
