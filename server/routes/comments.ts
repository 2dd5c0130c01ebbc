import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../app-env.ts';
import { callScope } from '../auth/call-scope.ts';
import { requireRole, requireUser } from '../auth/principal.ts';
import { calls, comments, moments } from '../db/schema/index.ts';
import { validate } from '../http/validate.ts';

/** POST /api/v1/moments/:id/comments: a manager's comment, which the rep's extension pulls. */
export function commentsRoutes(ctx: AppContext) {
  return new Hono<AppEnv>()
    .use(requireUser(ctx))
    .post('/:id/comments', requireRole('manager', 'admin'), validate('json', z.object({ body: z.string().trim().min(1).max(5_000) })), async (c) => {
      const user = c.get('user');
      const moment = await ctx.db
        .select({ id: moments.id, callId: moments.callId, callUserId: calls.userId })
        .from(moments)
        .innerJoin(calls, and(eq(calls.id, moments.callId), eq(calls.userId, moments.userId)))
        .where(and(eq(moments.id, c.req.param('id')), eq(moments.deleted, false), eq(calls.deleted, false), callScope(user)))
        .get();
      if (!moment) return c.json({ error: 'not_found', message: 'no such moment' }, 404);
      const row = {
        id: randomUUID(),
        momentId: moment.id,
        callId: moment.callId,
        callUserId: moment.callUserId,
        authorId: user.id,
        authorName: user.name,
        body: c.req.valid('json').body,
        createdAt: ctx.clock(),
      };
      await ctx.db.insert(comments).values(row);
      const { callUserId: _c, authorId: _a, ...comment } = row;
      return c.json({ comment }, 201);
    });
}
