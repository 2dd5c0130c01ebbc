import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../app-env.ts';
import { requireUser } from '../auth/principal.ts';
import { invalid, validate } from '../http/validate.ts';
import { MATCH_END, MATCH_START, searchSegments, toFtsQuery } from '../queries/search-segments.ts';

/** GET /api/v1/search?q=: full-text search over the segments the user may read. */
export function searchRoutes(ctx: AppContext) {
  const query = z.object({ q: z.string().trim().min(1).max(200), limit: z.coerce.number().int().min(1).max(100).default(25) });
  return new Hono<AppEnv>()
    .use(requireUser(ctx))
    .get('/', validate('query', query), async (c) => {
      const { q, limit } = c.req.valid('query');
      const fts = toFtsQuery(q);
      if (!fts) return c.json(invalid('q', 'needs at least one word'), 400);
      const hits = await searchSegments(ctx.db, c.get('user'), fts, limit);
      return c.json({ hits, marks: { start: MATCH_START, end: MATCH_END } });
    });
}
