/**
 * The manager app's client for the server's JSON API (same origin, session cookie). Response
 * types come from the server's own query functions, so the two cannot drift apart.
 */
import type { Playbook } from '../core/types.ts';
import type { Principal } from '../server/app-env.ts';
import type { callDetail } from '../server/queries/call-detail.ts';
import type { listCalls } from '../server/queries/list-calls.ts';
import type { SearchHit } from '../server/queries/search-segments.ts';
import type { RepAnalytics } from '../server/queries/team-analytics.ts';

export type User = Principal;
export type CallRow = Awaited<ReturnType<typeof listCalls>>['calls'][number];
export type CallPage = Awaited<ReturnType<typeof listCalls>>;
export type CallDetail = NonNullable<Awaited<ReturnType<typeof callDetail>>>;
export type Comment = CallDetail['comments'][number];
export type { SearchHit, RepAnalytics };
export interface TeamMember {
  id: string;
  email: string;
  name: string;
  role: User['role'];
}

/** A non-2xx answer: `code` is the server's `error`, `field` names the bad input when it is a 400. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let onUnauthorized: () => void = () => {};
/** Called on any 401 except the sign-in itself (the session expired or was signed out elsewhere). */
export function setUnauthorizedHandler(fn: () => void): void {
  onUnauthorized = fn;
}

export type Query = Record<string, string | number | undefined>;

function withQuery(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

export async function request<T>(method: string, path: string, opts: { query?: Query; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(withQuery(`/api/v1${path}`, opts.query), {
      method,
      credentials: 'same-origin',
      headers: opts.body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'network', 'Cannot reach the server. Check your connection and try again.');
  }
  const data = (await res.json().catch(() => ({}))) as { error?: string; message?: string; field?: string };
  if (!res.ok) {
    if (res.status === 401 && path !== '/auth/sign-in') onUnauthorized();
    throw new ApiError(res.status, data.error ?? 'error', data.message ?? `request failed (${res.status})`, data.field);
  }
  return data as T;
}

export const api = {
  me: () => request<{ user: User }>('GET', '/auth/me'),
  signIn: (email: string, password: string) => request<{ user: User }>('POST', '/auth/sign-in', { body: { email, password } }),
  signOut: () => request<{ ok: true }>('POST', '/auth/sign-out'),
  users: () => request<{ users: TeamMember[] }>('GET', '/users'),
  calls: (query: Query, signal?: AbortSignal) => request<CallPage>('GET', '/calls', { query, signal }),
  call: (id: string, signal?: AbortSignal) => request<CallDetail>('GET', `/calls/${encodeURIComponent(id)}`, { signal }),
  comment: (momentId: string, body: string) => request<{ comment: Comment }>('POST', `/moments/${encodeURIComponent(momentId)}/comments`, { body: { body } }),
  search: (q: string, signal?: AbortSignal) => request<{ hits: SearchHit[]; marks: { start: string; end: string } }>('GET', '/search', { query: { q, limit: 50 }, signal }),
  team: (query: Query, signal?: AbortSignal) => request<{ reps: RepAnalytics[] }>('GET', '/analytics/team', { query, signal }),
  playbook: () => request<{ playbook: Playbook; version: number }>('GET', '/playbook'),
  savePlaybook: (playbook: Playbook) => request<{ playbook: Playbook; version: number }>('PUT', '/playbook', { body: playbook }),
};
