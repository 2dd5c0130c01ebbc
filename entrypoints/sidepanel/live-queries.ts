/**
 * The side panel's live queries: Dexie's liveQuery over the repositories (store/), feeding the
 * signals of store.ts. Fetched once the first frame is painted; that frame is read with plain
 * IndexedDB (first-read.ts), so Dexie is not part of the page's first load.
 */
import { liveQuery, type Subscription } from 'dexie';
import { db } from '../../store/db.ts';
import { getCall, listCalls, type CallDetail } from '../../store/calls.ts';
import { getSyncStatus, type SyncStatus } from '../../store/sync-state.ts';
import type { StoredCall } from '../../store/db.ts';

export { db };

export function subscribe<T>(query: () => Promise<T>, onValue: (v: T) => void): Subscription {
  return liveQuery(query).subscribe({ next: onValue, error: (err: unknown) => console.warn('pitchside liveQuery', err) });
}

/** The call with `id`, else the newest one, with its transcript. */
export function watchCall(id: string | undefined, onValue: (v: CallDetail | undefined) => void): Subscription {
  return subscribe(async () => {
    const callId = id ?? (await db.calls.orderBy('startedAt').last())?.id;
    return callId === undefined ? undefined : getCall(db, callId);
  }, onValue);
}

/** The history: newest first, narrowed by `search` (all words, in the call or its transcript). */
export function watchCalls(search: string, onValue: (v: StoredCall[]) => void): Subscription {
  return subscribe(() => listCalls(db, { search, limit: 100 }), onValue);
}

export function watchSyncStatus(onValue: (v: SyncStatus) => void): Subscription {
  return subscribe(() => getSyncStatus(db), onValue);
}
