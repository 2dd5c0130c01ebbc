import { Hono } from 'hono';
import { parsePlaybook, PlaybookError } from '../../core/playbook.ts';
import type { AppContext, AppEnv } from '../app-env.ts';
import { requireRole, requireUser } from '../auth/principal.ts';
import { invalid } from '../http/validate.ts';
import { readPlaybook, writePlaybook } from '../playbook-store.ts';

/** GET/PUT /api/v1/playbook: the org's playbook, validated by parsePlaybook; reps get it through sync pull. */
export function playbookRoutes(ctx: AppContext) {
  return new Hono<AppEnv>()
    .use(requireUser(ctx), requireRole('manager', 'admin'))
    .get('/', async (c) => c.json(await readPlaybook(ctx.db, c.get('user').orgId)))
    .put('/', async (c) => {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return c.json(invalid('(body)', 'not valid JSON'), 400);
      }
      try {
        const playbook = parsePlaybook(body);
        const version = await writePlaybook(ctx.db, c.get('user').orgId, playbook);
        return c.json({ playbook, version });
      } catch (err) {
        if (err instanceof PlaybookError) return c.json(invalid(err.field, err.reason), 400);
        throw err;
      }
    });
}
