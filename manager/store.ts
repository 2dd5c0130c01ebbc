/**
 * The manager app's state: the signed-in user, the route (from location.hash, so links, back
 * and reload work without server routes), the team list and the calls-list filters, which
 * survive a visit to a call page. Pages read these signals and get values as props below them.
 */
import { computed, signal } from '@preact/signals';
import type { Playbook } from '../core/types.ts';
import { api, ApiError, setUnauthorizedHandler, type TeamMember, type User } from './api.ts';

export type Route =
  | { page: 'calls' }
  | { page: 'call'; id: string; segmentId?: string }
  | { page: 'dashboard' }
  | { page: 'search'; q: string }
  | { page: 'playbook' };

/** undefined while the session is being checked, null when signed out. */
export const user = signal<User | null | undefined>(undefined);
export const route = signal<Route>({ page: 'calls' });
export const team = signal<TeamMember[]>([]);
/** The org's playbook (managers only; reps see the default limits). */
export const playbook = signal<Playbook | undefined>(undefined);
export const talkRatioLimit = computed(() => playbook.value?.limits.talkRatio ?? 0.65);
export const isManager = computed(() => user.value?.role === 'manager' || user.value?.role === 'admin');

export interface CallFilters {
  rep: string;
  /** yyyy-mm-dd, local time; empty = open. */
  from: string;
  to: string;
  kind: string;
  sentiment: '' | 'positive' | 'neutral' | 'negative';
}
export const EMPTY_FILTERS: CallFilters = { rep: '', from: '', to: '', kind: '', sentiment: '' };
export const callFilters = signal<CallFilters>({ ...EMPTY_FILTERS });

/** Parses `#/calls/ID?segment=S`, `#/search?q=...`, ...; anything unknown is the calls list. */
export function parseRoute(hash: string): Route {
  const [path, qs = ''] = hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(qs);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'calls' && parts[1]) return { page: 'call', id: parts[1], segmentId: params.get('segment') ?? undefined };
  if (parts[0] === 'dashboard') return { page: 'dashboard' };
  if (parts[0] === 'search') return { page: 'search', q: params.get('q') ?? '' };
  if (parts[0] === 'playbook') return { page: 'playbook' };
  return { page: 'calls' };
}

export function hrefFor(r: Route): string {
  switch (r.page) {
    case 'call':
      return `#/calls/${encodeURIComponent(r.id)}${r.segmentId ? `?segment=${encodeURIComponent(r.segmentId)}` : ''}`;
    case 'search':
      return r.q ? `#/search?q=${encodeURIComponent(r.q)}` : '#/search';
    default:
      return `#/${r.page}`;
  }
}

export function navigate(r: Route, replace = false): void {
  const href = hrefFor(r);
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  route.value = r;
}

async function loadTeam(): Promise<void> {
  if (!isManager.value) return;
  const [members, book] = await Promise.allSettled([api.users(), api.playbook()]);
  team.value = members.status === 'fulfilled' ? members.value.users : [];
  playbook.value = book.status === 'fulfilled' ? book.value.playbook : undefined;
}

export async function signIn(email: string, password: string): Promise<void> {
  const { user: u } = await api.signIn(email, password);
  callFilters.value = { ...EMPTY_FILTERS };
  user.value = u;
  await loadTeam();
}

export async function signOut(): Promise<void> {
  await api.signOut().catch(() => undefined);
  user.value = null;
  team.value = [];
  playbook.value = undefined;
}

/** Wires the route to location.hash and checks the session cookie. Call once from main.tsx. */
export function startStore(): void {
  setUnauthorizedHandler(() => (user.value = null));
  route.value = parseRoute(location.hash);
  addEventListener('popstate', () => (route.value = parseRoute(location.hash)));
  addEventListener('hashchange', () => (route.value = parseRoute(location.hash)));
  api
    .me()
    .then(({ user: u }) => {
      user.value = u;
      return loadTeam();
    })
    .catch((err: unknown) => {
      if (!(err instanceof ApiError) || err.status !== 401) console.warn('pitchside: session check failed', err);
      user.value = null;
    });
}
