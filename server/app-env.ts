import type { Registry } from 'prom-client';
import type { Db } from './db/open-db.ts';
import type { Env } from './env.ts';
import type { Role } from './db/schema/index.ts';
import type { ServerMetrics } from './http/server-metrics.ts';

/** The signed-in user (API token or session cookie) as handlers see it. */
export interface Principal {
  id: string;
  orgId: string;
  role: Role;
  email: string;
  name: string;
}

export interface AppDeps {
  db: Db;
  env: Env;
  /** Epoch ms; injected so tests and LWW logic never read a global clock. */
  clock: () => number;
}

export interface AppContext extends AppDeps {
  metrics: ServerMetrics;
  registry: Registry;
  /** Serialises write transactions within this process (file databases allow one writer). */
  withWriteLock: <T>(fn: () => Promise<T>) => Promise<T>;
}

export type AppEnv = { Variables: { user: Principal; reqId: string } };
