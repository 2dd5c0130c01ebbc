import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { rateLimiter } from 'hono-rate-limiter';
import { z } from 'zod';
import { syncPushSchema } from '../../core/sync-schema.ts';
import type { AppContext, AppEnv } from '../app-env.ts';
import { requireUser } from '../auth/principal.ts';
import { validate, invalid } from '../http/validate.ts';
import { checkPushFast } from '../sync/check-push.ts';
import { parseCursor, pullChanges } from '../sync/pull-changes.ts';
import { pushBatch } from '../sync/push-batch.ts';

/** POST/GET /api/v1/sync: the extension's outbox push and its pull of comments and playbook. */
export function syncRoutes(ctx: AppContext) {
  const limited = rateLimiter<AppEnv>({
    windowMs: 60_000,
    limit: ctx.env.SYNC_RATE_LIMIT,
    standardHeaders: 'draft-7',
    keyGenerator: (c) => c.get('user').id,
    message: { error: 'rate_limited', message: 'too many sync requests; retry later' },
  });
  return new Hono<AppEnv>()
    .use(requireUser(ctx), limited)
    .post(
      '/',
      bodyLimit({
        maxSize: ctx.env.MAX_SYNC_BYTES,
        // The body is left unread: close the connection so no client reuses a half-read socket.
        onError: (c) => c.json({ error: 'payload_too_large', message: `sync body over ${ctx.env.MAX_SYNC_BYTES} bytes` }, 413, { connection: 'close' }),
      }),
      validate('json', syncPushSchema, checkPushFast),
      async (c) => {
        const results = await ctx.withWriteLock(() => pushBatch(ctx.db, c.get('user'), c.req.valid('json')));
        // Counted per (type, status) first: one labelled increment each, not one per item.
        const counts = new Map<string, { type: string; status: string; n: number }>();
        for (const r of results) {
          const key = `${r.type}:${r.status}`;
          const c = counts.get(key);
          if (c) c.n++;
          else counts.set(key, { type: r.type, status: r.status, n: 1 });
        }
        for (const { type, status, n } of counts.values()) ctx.metrics.syncItems.inc({ type, status }, n);
        return c.json({ results });
      },
    )
    .get('/', validate('query', z.object({ since: z.string().max(64).optional() })), async (c) => {
      const from = parseCursor(c.req.valid('query').since);
      if (!from) return c.json(invalid('since', 'not a cursor from this server'), 400);
      return c.json(await pullChanges(ctx.db, c.get('user'), from));
    });
}
