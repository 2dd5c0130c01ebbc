/**
 * The outbox (dexie-cloud's mutation-table pattern): every domain write adds a row here
 * inside the same transaction as the entity, so a crash can't leave one without the other.
 * The sync client reads pending rows in `seq` order, and deletes only the rows it sent
 * once the server acknowledged them.
 */
import { Dexie } from 'dexie';
import type { Moment, Segment } from '../core/types.ts';
import type { OutboxRow, PitchsideDb, StoredCall } from './db.ts';

type Entry =
  | { entity: 'call'; data: StoredCall }
  | { entity: 'segment'; data: Segment }
  | { entity: 'moment'; data: Moment };

/** Adds outbox rows; call it inside the repository's `db.transaction('rw', ..., db.outbox, ...)`. */
export async function enqueue(db: PitchsideDb, op: OutboxRow['op'], entries: Entry[], updatedAt: number): Promise<void> {
  if (entries.length === 0) return;
  await db.outbox.bulkAdd(
    entries.map((e) => ({
      state: 'pending' as const,
      entity: e.entity,
      entityId: e.data.id,
      callId: e.entity === 'call' ? e.data.id : e.data.callId,
      op,
      data: e.data,
      updatedAt,
    })),
  );
}

/** The oldest pending rows, at most `limit`, in write order. */
export function pendingRows(db: PitchsideDb, limit: number): Promise<OutboxRow[]> {
  return db.outbox
    .where('[state+seq]')
    .between(['pending', Dexie.minKey], ['pending', Dexie.maxKey])
    .limit(limit)
    .toArray();
}

export function countRows(db: PitchsideDb, state: OutboxRow['state']): Promise<number> {
  return db.outbox.where('[state+seq]').between([state, Dexie.minKey], [state, Dexie.maxKey]).count();
}

/** Parked rows with the reason the server gave, newest first (for the settings UI). */
export async function parkedRows(db: PitchsideDb, limit = 50): Promise<OutboxRow[]> {
  return db.outbox
    .where('[state+seq]')
    .between(['parked', Dexie.minKey], ['parked', Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

/** Puts parked rows back in the queue (after the user fixed the problem). */
export async function retryParked(db: PitchsideDb): Promise<number> {
  return db.outbox
    .where('[state+seq]')
    .between(['parked', Dexie.minKey], ['parked', Dexie.maxKey])
    .modify((row) => {
      row.state = 'pending';
      delete row.problem;
      delete row.parkedAt;
    });
}
