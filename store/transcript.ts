/**
 * Transcript repository: segments and moments of a call. Each function writes the entities
 * AND their outbox rows in one transaction (a crash keeps both or neither).
 *
 *   saveSegment(db, segment)               live: one utterance as the ASR produces it
 *   saveSegments(db, segments)             many at once (upload analysis)
 *   replaceSegments(db, callId, segments)  re-transcribe: the old segments get tombstones
 *   saveMoment(db, moment) / saveMoments(db, moments)
 *   replaceMoments(db, callId, moments)    post-call re-analysis: moments no longer found get tombstones
 *
 * Manager comments arrive only through sync (store/sync-client.ts) and are read with getCall().
 */
import type { Moment, Segment } from '../core/types.ts';
import type { PitchsideDb } from './db.ts';
import { enqueue } from './outbox.ts';

export function saveSegment(db: PitchsideDb, segment: Segment): Promise<void> {
  return saveSegments(db, [segment]);
}

export async function saveSegments(db: PitchsideDb, segments: Segment[]): Promise<void> {
  const updatedAt = Date.now();
  await db.transaction('rw', db.segments, db.outbox, async () => {
    await db.segments.bulkPut(segments);
    await enqueue(db, 'put', segments.map((data) => ({ entity: 'segment' as const, data })), updatedAt);
  });
}

export async function replaceSegments(db: PitchsideDb, callId: string, segments: Segment[]): Promise<void> {
  const updatedAt = Date.now();
  await db.transaction('rw', db.segments, db.outbox, async () => {
    const keep = new Set(segments.map((s) => s.id));
    const gone = (await db.segments.where('callId').equals(callId).toArray()).filter((s) => !keep.has(s.id));
    await db.segments.bulkDelete(gone.map((s) => s.id));
    await db.segments.bulkPut(segments);
    await enqueue(db, 'delete', gone.map((data) => ({ entity: 'segment' as const, data })), updatedAt);
    await enqueue(db, 'put', segments.map((data) => ({ entity: 'segment' as const, data })), updatedAt);
  });
}

export function saveMoment(db: PitchsideDb, moment: Moment): Promise<void> {
  return saveMoments(db, [moment]);
}

export async function saveMoments(db: PitchsideDb, moments: Moment[]): Promise<void> {
  const updatedAt = Date.now();
  await db.transaction('rw', db.moments, db.outbox, async () => {
    await db.moments.bulkPut(moments);
    await enqueue(db, 'put', moments.map((data) => ({ entity: 'moment' as const, data })), updatedAt);
  });
}

export async function replaceMoments(db: PitchsideDb, callId: string, moments: Moment[]): Promise<void> {
  const updatedAt = Date.now();
  await db.transaction('rw', db.moments, db.outbox, async () => {
    const keep = new Set(moments.map((m) => m.id));
    const gone = (await db.moments.where('callId').equals(callId).toArray()).filter((m) => !keep.has(m.id));
    await db.moments.bulkDelete(gone.map((m) => m.id));
    await db.moments.bulkPut(moments);
    await enqueue(db, 'delete', gone.map((data) => ({ entity: 'moment' as const, data })), updatedAt);
    await enqueue(db, 'put', moments.map((data) => ({ entity: 'moment' as const, data })), updatedAt);
  });
}
