/** HTTP for the sync client: Bearer token, JSON, timeouts; network errors, 5xx and 429 retried with backoff. */
import { DEFAULT_RETRY, withRetry, type Outcome, type RetryPolicy } from './backoff.ts';
import type { Settings } from './settings.ts';

export interface SyncOptions {
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  retry?: RetryPolicy;
  /** Per-request timeout (ms). */
  timeoutMs?: number;
}

export type Reply = { status: number; body: unknown };
export type Http = (method: 'GET' | 'POST', path: string, body?: unknown) => Promise<Outcome<Reply>>;

export function makeHttp(settings: Settings, opts: SyncOptions): Http {
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const once = async (method: 'GET' | 'POST', path: string, body?: unknown): Promise<Outcome<Reply>> => {
    let res: Response;
    try {
      res = await doFetch(`${settings.serverUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${settings.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(opts.timeoutMs ?? 20_000),
      });
    } catch (err) {
      return { kind: 'retry', error: `cannot reach ${settings.serverUrl} (${(err as Error).message})` };
    }
    const text = await res.text().catch(() => '');
    if (res.status >= 500 || res.status === 429) return { kind: 'retry', error: `server answered ${res.status} ${text.slice(0, 200)}`.trim() };
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* keep the text */
    }
    return { kind: 'done', value: { status: res.status, body: parsed } };
  };
  return (method, path, body) => withRetry(() => once(method, path, body), opts.retry ?? DEFAULT_RETRY, sleep, opts.random);
}

/** `400 field: message` from the server's `{ error, field, message }`, or the raw text. */
export function reason(reply: Reply): string {
  const b = reply.body as { error?: string; field?: string; message?: string } | null;
  if (b && typeof b === 'object') return `${reply.status} ${[b.field, b.message ?? b.error].filter(Boolean).join(': ')}`.trim();
  return `${reply.status} ${String(b ?? '').slice(0, 200)}`.trim();
}

