import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { AppContext, AppDeps, AppEnv } from './app-env.ts';
import { createWriteLock } from './db/write-lock.ts';
import { requestLog } from './http/request-log.ts';
import { createServerMetrics } from './http/server-metrics.ts';
import { analyticsRoutes } from './routes/analytics.ts';
import { authRoutes } from './routes/auth.ts';
import { callsRoutes } from './routes/calls.ts';
import { commentsRoutes } from './routes/comments.ts';
import { healthRoutes } from './routes/health.ts';
import { playbookRoutes } from './routes/playbook.ts';
import { searchRoutes } from './routes/search.ts';
import { syncRoutes } from './routes/sync.ts';
import { usersRoutes } from './routes/users.ts';

const ROUTES: [string, (ctx: AppContext) => Hono<AppEnv>][] = [
  ['/', healthRoutes],
  ['/api/v1/auth', authRoutes],
  ['/api/v1/sync', syncRoutes],
  ['/api/v1/calls', callsRoutes],
  ['/api/v1/moments', commentsRoutes],
  ['/api/v1/search', searchRoutes],
  ['/api/v1/analytics', analyticsRoutes],
  ['/api/v1/playbook', playbookRoutes],
  ['/api/v1/users', usersRoutes],
];

/** The Pitchside server: sync API, manager API and the manager web app. Holds no state but metrics. */
export function createApp(deps: AppDeps) {
  const { registry, metrics } = createServerMetrics();
  const ctx: AppContext = { ...deps, registry, metrics, withWriteLock: createWriteLock() };
  const app = new Hono<AppEnv>();
  app.use(requestLog(ctx));
  app.use('/api/*', secureHeaders());
  for (const [path, routes] of ROUTES) app.route(path, routes(ctx));
  app.all('/api/*', (c) => c.json({ error: 'not_found', message: 'no such endpoint' }, 404));

  const dist = resolve(deps.env.MANAGER_DIST);
  if (existsSync(dist)) {
    app.use('/*', serveStatic({ root: dist }));
    app.get('/', serveStatic({ path: resolve(dist, 'index.html') }));
  } else {
    app.get('/', (c) => c.text(`Manager app not built: run \`npm run build:manager\` (looked in ${dist}).`, 503));
  }

  app.onError((err, c) => {
    if (err instanceof HTTPException) {
      const status = err.status;
      return c.json({ error: status === 400 ? 'invalid_request' : 'error', field: '(body)', message: err.message }, status);
    }
    return c.json({ error: 'internal', message: 'internal error', reqId: c.get('reqId') }, 500);
  });
  return app;
}
