/** The server's environment, parsed once with a schema; a bad value fails naming the variable. */
import { z } from 'zod';

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|libsql:|https?:|wss?:)/, 'must start with file:, libsql:, http(s): or ws(s):')
    .default('file:data/pitchside.db'),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  /**
   * SQLite `synchronous` for a file database (WAL). full (default): fsync on every commit, so an
   * acknowledged batch survives a power cut too (the extension drops acknowledged outbox rows).
   * normal: no fsync per commit; a commit survives a crash of the server process, but the last
   * commits may be lost if the machine itself goes down. `npm run bench -- sync` measured both at
   * the same ingest rate on this machine.
   */
  DATABASE_SYNCHRONOUS: z.enum(['normal', 'full']).default('full'),
  /** Folder of the built manager web app, served at `/`. */
  MANAGER_DIST: z.string().default('manager/dist'),
  /** Largest accepted sync body. */
  MAX_SYNC_BYTES: z.coerce.number().int().min(1024).default(8 * 1024 * 1024),
  /** Sync requests per user per minute. */
  SYNC_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
  /** Sign-in attempts per client address per minute. */
  SIGNIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  SESSION_TTL_HOURS: z.coerce.number().min(0.01).default(24 * 7),
  /** Mark the session cookie Secure (behind HTTPS). */
  COOKIE_SECURE: flag.default(false),
  LOG_LEVEL: z.enum(['info', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`invalid environment: ${field}: ${reason}`);
    this.name = 'EnvError';
  }
}

/** Parses `source` (default process.env); throws EnvError naming the first bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const picked = Object.fromEntries(Object.keys(envSchema.shape).map((k) => [k, source[k] === '' ? undefined : source[k]]));
  const result = envSchema.safeParse(picked);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new EnvError(String(issue?.path[0] ?? 'env'), issue?.message ?? 'invalid');
  }
  return result.data;
}
