import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext, AppEnv } from '../app-env.ts';
import { requireRole, requireUser } from '../auth/principal.ts';
import { validate } from '../http/validate.ts';
import { teamAnalytics } from '../queries/team-analytics.ts';

/** GET /api/v1/analytics/team?from=&to=: per-rep metrics of the manager's org. */
export function analyticsRoutes(ctx: AppContext) {
  const range = z.object({ from: z.coerce.number().int().min(0).optional(), to: z.coerce.number().int().min(0).optional() });
  return new Hono<AppEnv>()
    .use(requireUser(ctx), requireRole('manager', 'admin'))
    .get('/team', validate('query', range), async (c) => {
      const { from, to } = c.req.valid('query');
      return c.json({ reps: await teamAnalytics(ctx.db, c.get('user').orgId, from, to) });
    });
}
