import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics of one app instance (its own registry: no global singletons). */
export function createServerMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method and route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const syncItems = new Counter({
    name: 'sync_items_total',
    help: 'Sync items received, by type and result',
    labelNames: ['type', 'status'] as const,
    registers: [registry],
  });
  return { registry, metrics: { requests, duration, syncItems } };
}

export type ServerMetrics = ReturnType<typeof createServerMetrics>['metrics'];
