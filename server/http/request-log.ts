import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppContext, AppEnv } from '../app-env.ts';

/** One JSON log line per request, plus Prometheus counts and durations. */
export function requestLog(ctx: AppContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const reqId = c.req.header('x-request-id')?.slice(0, 64) || randomUUID();
    c.set('reqId', reqId);
    c.header('x-request-id', reqId);
    const started = performance.now();
    let error: unknown;
    try {
      await next();
    } catch (err) {
      error = err;
      throw err;
    } finally {
      const ms = performance.now() - started;
      const status = error ? 500 : c.res.status;
      const route = c.req.path.startsWith('/api/') ? routePath(c, -1) : c.req.path.startsWith('/metrics') || c.req.path === '/healthz' ? c.req.path : 'static';
      ctx.metrics.requests.inc({ method: c.req.method, route, status: String(status) });
      ctx.metrics.duration.observe({ method: c.req.method, route }, ms / 1000);
      if (ctx.env.LOG_LEVEL !== 'silent') {
        const user = c.get('user');
        const line = {
          time: new Date(ctx.clock()).toISOString(),
          level: status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info',
          reqId,
          method: c.req.method,
          path: c.req.path,
          route,
          status,
          ms: Math.round(ms * 10) / 10,
          ...(user ? { userId: user.id, role: user.role } : {}),
          ...(error ? { error: String((error as Error).stack ?? error) } : {}),
        };
        process.stdout.write(JSON.stringify(line) + '\n');
      }
    }
  };
}
