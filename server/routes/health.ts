import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../app-env.ts';

/** GET /healthz (database reachable) and GET /metrics (Prometheus text format). */
export function healthRoutes(ctx: AppContext) {
  return new Hono<AppEnv>()
    .get('/healthz', async (c) => {
      try {
        await ctx.db.run(sql`SELECT 1`);
        return c.json({ ok: true });
      } catch (err) {
        return c.json({ ok: false, error: (err as Error).message }, 503);
      }
    })
    .get('/metrics', async (c) => c.text(await ctx.registry.metrics(), 200, { 'content-type': ctx.registry.contentType }));
}
