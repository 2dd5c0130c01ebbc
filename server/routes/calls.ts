import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../app-env.ts';
import { requireUser } from '../auth/principal.ts';
import { invalid, validate } from '../http/validate.ts';
import { callDetail } from '../queries/call-detail.ts';
import { decodeCursor, listCalls, listCallsQuery } from '../queries/list-calls.ts';

/** GET /api/v1/calls (filters, cursor pages) and GET /api/v1/calls/:id (transcript, moments, comments). */
export function callsRoutes(ctx: AppContext) {
  return new Hono<AppEnv>()
    .use(requireUser(ctx))
    .get('/', validate('query', listCallsQuery), async (c) => {
      const q = c.req.valid('query');
      const after = q.cursor ? decodeCursor(q.cursor) : undefined;
      if (q.cursor && !after) return c.json(invalid('cursor', 'not a cursor from this server'), 400);
      return c.json(await listCalls(ctx.db, c.get('user'), q, after));
    })
    .get('/:id', async (c) => {
      const detail = await callDetail(ctx.db, c.get('user'), c.req.param('id'));
      if (!detail) return c.json({ error: 'not_found', message: 'no such call' }, 404);
      return c.json(detail);
    });
}
