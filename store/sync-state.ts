/**
 * Where sync stands, for the UI. Stored in the `settings` table, so the side panel can
 * watch it: `liveQuery(() => getSyncStatus(db))` feeding a signal.
 *
 *   getSyncStatus(db) -> SyncStatus   state, last success, last error, pending/parked counts,
 *                                     and the reasons the server gave for parked rows
 *   retryParked(db)                   (store/outbox.ts) puts parked rows back in the queue
 */
import type { PitchsideDb } from './db.ts';
import { countRows, parkedRows } from './outbox.ts';

export type SyncPhase =
  | 'off' // sync disabled, or no server URL / token
  | 'idle' // last run succeeded
  | 'syncing'
  | 'offline' // network error or 5xx after all retries; retried on the next alarm
  | 'unauthorized' // 401/403: the token is wrong or revoked; nothing is parked
  | 'needs-permission' // the host permission for the server URL was not granted (store/server-permission.ts)
  | 'problem'; // some rows were refused (4xx) and parked

export interface SyncState {
  phase: SyncPhase;
  /** Cursor of the last successful pull (GET /api/v1/sync?since=). */
  cursor?: string;
  /** Highest outbox seq the server acknowledged. */
  lastAckSeq: number;
  lastAttemptAt?: number;
  lastSuccessAt?: number;
  /** Human-readable reason of the last failure. */
  lastError?: string;
}

export interface SyncStatus extends SyncState {
  pending: number;
  parked: number;
  /** Distinct reasons for parked rows, newest first. */
  problems: string[];
}

const KEY = 'syncState';

export async function readSyncState(db: PitchsideDb): Promise<SyncState> {
  const row = await db.settings.get(KEY);
  return { phase: 'off', lastAckSeq: 0, ...(row?.value as Partial<SyncState> | undefined) };
}

export async function writeSyncState(db: PitchsideDb, patch: Partial<SyncState>): Promise<SyncState> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await readSyncState(db)), ...patch };
    await db.settings.put({ key: KEY, value: next });
    return next;
  });
}

export async function getSyncStatus(db: PitchsideDb): Promise<SyncStatus> {
  const [state, pending, parked, rows] = await Promise.all([
    readSyncState(db),
    countRows(db, 'pending'),
    countRows(db, 'parked'),
    parkedRows(db, 50),
  ]);
  const problems = [...new Set(rows.map((r) => r.problem ?? 'refused by the server'))];
  return { ...state, pending, parked, problems };
}
