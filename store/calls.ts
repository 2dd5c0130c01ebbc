/**
 * Call repository. Every write puts the call AND its outbox row in one transaction.
 *
 *   saveCall(db, call)                 -> StoredCall     create or replace a call
 *   updateCall(db, id, patch)          -> StoredCall | undefined   (status, endedAt, notes, metrics, ...)
 *   deleteCall(db, id)                 -> boolean        removes call, transcript, moments, comments,
 *                                                        audio and unsent outbox rows; queues a tombstone
 *   markInterruptedCalls(db, opts?)    -> number         on start-up: calls left 'recording' become 'interrupted'
 *                                                        (opts.startedBefore / opts.platforms narrow which)
 *   listCalls(db, { search?, limit? }) -> StoredCall[]   newest first; search matches title, participants,
 *                                                        notes and transcript text (all words, any case)
 *   getCall(db, id)                    -> CallDetail | undefined   call + segments + moments (by start) + comments
 *
 * All reads are plain Dexie queries, so they work inside `liveQuery(() => listCalls(db))`.
 * Transcript writes are in store/transcript.ts, audio in store/audio.ts.
 */
import type { Moment, Segment } from '../core/types.ts';
import type { PitchsideDb, StoredCall, StoredComment } from './db.ts';
import { enqueue } from './outbox.ts';

export type NewCall = Omit<StoredCall, 'updatedAt'> & { updatedAt?: number };
export type CallPatch = Partial<Omit<StoredCall, 'id' | 'updatedAt'>>;

export interface CallDetail {
  call: StoredCall;
  segments: Segment[];
  moments: Moment[];
  comments: StoredComment[];
}

export async function saveCall(db: PitchsideDb, call: NewCall): Promise<StoredCall> {
  const stored: StoredCall = { ...call, updatedAt: call.updatedAt ?? Date.now() };
  await db.transaction('rw', db.calls, db.outbox, async () => {
    await db.calls.put(stored);
    await enqueue(db, 'put', [{ entity: 'call', data: stored }], stored.updatedAt);
  });
  return stored;
}

export async function updateCall(db: PitchsideDb, id: string, patch: CallPatch): Promise<StoredCall | undefined> {
  return db.transaction('rw', db.calls, db.outbox, async () => {
    const current = await db.calls.get(id);
    if (!current) return undefined;
    const next: StoredCall = { ...current, ...patch, id, updatedAt: Math.max(Date.now(), current.updatedAt + 1) };
    await db.calls.put(next);
    await enqueue(db, 'put', [{ entity: 'call', data: next }], next.updatedAt);
    return next;
  });
}

export async function deleteCall(db: PitchsideDb, id: string): Promise<boolean> {
  const tables = [db.calls, db.segments, db.moments, db.comments, db.audio, db.outbox];
  return db.transaction('rw', tables, async () => {
    const current = await db.calls.get(id);
    if (!current) return false;
    await Promise.all([
      db.segments.where('callId').equals(id).delete(),
      db.moments.where('callId').equals(id).delete(),
      db.comments.where('callId').equals(id).delete(),
      db.audio.where('callId').equals(id).delete(),
      // Nothing of a deleted call should leave the laptop after the fact: drop what is unsent.
      db.outbox.where('entityId').equals(id).delete(),
      db.outbox.filter((row) => row.callId === id && row.state === 'pending').delete(),
    ]);
    await db.calls.delete(id);
    const updatedAt = Math.max(Date.now(), current.updatedAt + 1);
    await enqueue(db, 'delete', [{ entity: 'call', data: { ...current, updatedAt } }], updatedAt);
    return true;
  });
}

/**
 * Start-up recovery: a call still 'recording' when nothing records any more was cut short.
 * `startedBefore` (epoch ms) spares a call that is starting right now; `platforms` limits it to
 * live captures (an uploaded file being analysed in a panel is 'recording' too).
 */
export async function markInterruptedCalls(
  db: PitchsideDb,
  opts: { startedBefore?: number; platforms?: readonly string[] } = {},
): Promise<number> {
  return db.transaction('rw', db.calls, db.segments, db.outbox, async () => {
    const open = (await db.calls.where('status').equals('recording').toArray()).filter(
      (c) => (opts.startedBefore === undefined || c.startedAt < opts.startedBefore) && (!opts.platforms || opts.platforms.includes(c.platform)),
    );
    for (const call of open) {
      const last = await db.segments.where('[callId+start]').between([call.id, -Infinity], [call.id, Infinity]).last();
      const updatedAt = Math.max(Date.now(), call.updatedAt + 1);
      const next: StoredCall = {
        ...call,
        status: 'interrupted',
        endedAt: call.endedAt ?? updatedAt,
        duration: call.duration ?? last?.end,
        updatedAt,
      };
      await db.calls.put(next);
      await enqueue(db, 'put', [{ entity: 'call', data: next }], updatedAt);
    }
    return open.length;
  });
}

export async function listCalls(db: PitchsideDb, opts: { search?: string; limit?: number } = {}): Promise<StoredCall[]> {
  const limit = opts.limit ?? 200;
  const words = (opts.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const newestFirst = db.calls.orderBy('startedAt').reverse();
  if (words.length === 0) return newestFirst.limit(limit).toArray();

  // Words may be spread over the call's fields and its transcript: collect per call.
  const found = new Map<string, Set<string>>();
  const note = (callId: string, text: string) => {
    const lower = text.toLowerCase();
    for (const w of words) if (lower.includes(w)) (found.get(callId) ?? found.set(callId, new Set()).get(callId)!).add(w);
  };
  await db.calls.each((c) => note(c.id, [c.title, c.notes ?? '', ...(c.participants ?? [])].join(' ')));
  await db.segments.each((s) => note(s.callId, s.text));
  return newestFirst.filter((c) => (found.get(c.id)?.size ?? 0) === words.length).limit(limit).toArray();
}

export async function getCall(db: PitchsideDb, id: string): Promise<CallDetail | undefined> {
  return db.transaction('r', db.calls, db.segments, db.moments, db.comments, async () => {
    const call = await db.calls.get(id);
    if (!call) return undefined;
    const range = (t: typeof db.segments | typeof db.moments) =>
      t.where('[callId+start]').between([id, -Infinity], [id, Infinity]).toArray();
    const [segments, moments, comments] = await Promise.all([
      range(db.segments) as Promise<Segment[]>,
      range(db.moments) as Promise<Moment[]>,
      db.comments.where('callId').equals(id).sortBy('createdAt'),
    ]);
    return { call, segments, moments, comments };
  });
}
