/**
 * The side panel's first read of the call to show, with the plain IndexedDB API: Dexie (100 KiB of
 * script to fetch, compile and run) would hold up the first frame, so it loads after it
 * (live-queries.ts) and takes over with live queries whose first answer is this same call.
 *
 * One read-only transaction on the database Dexie keeps (store/db.ts: 'pitchside', its tables and
 * index names): the call (by id, else the newest by `startedAt`), its segments and moments in order
 * of start (the `[callId+start]` index, as getCall reads them) and its comments by `createdAt`.
 * The same answer as getCall (store/calls.ts), except that with `firstRows` a finished call (its
 * metrics stored, so nothing is computed from the whole transcript) comes with only that many
 * segments and `segmentCount`: a 45-minute call's 600 rows take the database and the page a long
 * while to read and copy, for a first screen that shows a few of them. Nothing is written: when the
 * database does not exist yet, its creation is aborted (Dexie creates it, with its tables, when it
 * first opens).
 */
import type { Moment, Segment } from '../../core/types.ts';
import type { CallDetail } from '../../store/calls.ts';
import type { StoredCall, StoredComment } from '../../store/db.ts';

const DB_NAME = 'pitchside';

/** A call to show; `segmentCount` is set when `segments` holds only the first of them. */
export interface ShownCall extends CallDetail {
  segmentCount?: number;
}

function openExisting(): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME);
    // Only a database that does not exist yet gets an upgrade here (no version asked for).
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = (e) => {
      if (req.error?.name === 'AbortError') {
        e.preventDefault();
        resolve(undefined);
      } else reject(req.error);
    };
  });
}

/** Rows a list shows on its first render: as many as the panel's height could hold (a row is at least ~28 px). */
export const firstRows = (): number => Math.ceil(window.innerHeight / 28);

let early: Promise<ShownCall | undefined> | undefined;

/**
 * Starts reading the newest call before the rest of the panel's code runs (start-first-read.ts is
 * App.tsx's first import): the database answers while the views and the store are set up.
 */
export function startFirstRead(): void {
  early ??= readCall(undefined, { firstRows: firstRows() });
}

/** The first read: the one started early when it is for the same call (the newest), else a new one. */
export function firstRead(id: string | undefined): Promise<ShownCall | undefined> {
  const started = early;
  early = undefined;
  return started && id === undefined ? started : readCall(id, { firstRows: firstRows() });
}

const result = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/** The call with `id` (else the newest call) with its transcript, moments and comments; undefined when there is none. */
export async function readCall(id?: string, opts: { firstRows?: number } = {}): Promise<ShownCall | undefined> {
  const idb = await openExisting();
  if (!idb) return undefined;
  try {
    const tx = idb.transaction(['calls', 'segments', 'moments', 'comments'], 'readonly');
    const calls = tx.objectStore('calls');
    const call = id
      ? await result<StoredCall | undefined>(calls.get(id))
      : (await result(calls.index('startedAt').openCursor(null, 'prev')))?.value as StoredCall | undefined;
    if (!call) return undefined;
    const range = IDBKeyRange.bound([call.id, -Infinity], [call.id, Infinity], false, true);
    const byStart = tx.objectStore('segments').index('[callId+start]');
    const part = opts.firstRows !== undefined && call.status !== 'recording' && !!call.metrics;
    const [segments, segmentCount, moments, comments] = await Promise.all([
      result(byStart.getAll(range, part ? opts.firstRows : undefined)) as Promise<Segment[]>,
      part ? result(byStart.count(range)) : undefined,
      result(tx.objectStore('moments').index('[callId+start]').getAll(range)) as Promise<Moment[]>,
      result(tx.objectStore('comments').index('callId').getAll(call.id)) as Promise<StoredComment[]>,
    ]);
    comments.sort((a, b) => a.createdAt - b.createdAt);
    return segmentCount !== undefined && segmentCount > segments.length
      ? { call, segments, moments, comments, segmentCount }
      : { call, segments, moments, comments };
  } finally {
    idb.close();
  }
}
