/**
 * Repository logic in Node over fake-indexeddb (an in-memory IndexedDB implementation):
 * labelled "fake-idb" because the real proof runs in Chromium (test/e2e/sync.spec.ts).
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { PitchsideDb } from '../../store/db.ts';
import { deleteCall, getCall, listCalls, markInterruptedCalls, saveCall, updateCall } from '../../store/calls.ts';
import { saveMoments, saveSegment, saveSegments, replaceSegments } from '../../store/transcript.ts';
import { appendAudioChunk, getCallAudio } from '../../store/audio.ts';
import { getSettings, updateSettings } from '../../store/settings.ts';
import { countRows } from '../../store/outbox.ts';
import { makeCall, makeSegment, makeTranscript } from './store-factories.ts';

const opened: PitchsideDb[] = [];
function freshDb(): PitchsideDb {
  const db = new PitchsideDb(`test-${Math.random().toString(36).slice(2)}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('repositories', () => {
  it('writes each entity together with its outbox row', async () => {
    const db = freshDb();
    const call = await saveCall(db, makeCall());
    const { segments, moments } = makeTranscript(call.id, 3);
    await saveSegments(db, segments);
    await saveMoments(db, moments);
    const rows = await db.outbox.orderBy('seq').toArray();
    expect(rows.map((r) => `${r.entity}:${r.entityId}`)).toEqual([
      `call:${call.id}`,
      ...segments.map((s) => `segment:${s.id}`),
      `moment:${moments[0].id}`,
    ]);
    expect(rows.every((r) => r.state === 'pending' && r.op === 'put' && r.callId === call.id)).toBe(true);
  });

  it('writes neither the entity nor its outbox row when the transaction fails', async () => {
    const db = freshDb();
    const call = await saveCall(db, makeCall());
    const good = makeSegment(call.id);
    const bad = { ...makeSegment(call.id), id: undefined as unknown as string }; // no primary key: IndexedDB refuses it
    await expect(saveSegments(db, [good, bad])).rejects.toThrow();
    expect(await db.segments.count()).toBe(0);
    expect((await db.outbox.toArray()).map((r) => r.entity)).toEqual(['call']);
  });

  it('returns a call with its transcript and moments in time order', async () => {
    const db = freshDb();
    const call = await saveCall(db, makeCall());
    const { segments, moments } = makeTranscript(call.id, 4);
    for (const s of [...segments].reverse()) await saveSegment(db, s);
    await saveMoments(db, moments);
    const detail = await getCall(db, call.id);
    expect(detail?.segments.map((s) => s.start)).toEqual([0, 4, 8, 12]);
    expect(detail?.moments).toHaveLength(1);
    expect(await getCall(db, 'nope')).toBeUndefined();
  });

  it('updates a call with a newer updatedAt and queues the new state', async () => {
    const db = freshDb();
    const call = await saveCall(db, makeCall({ updatedAt: Date.now() + 60_000 }));
    const next = await updateCall(db, call.id, { status: 'done', notes: 'send pricing' });
    expect(next?.updatedAt).toBeGreaterThan(call.updatedAt);
    const last = await db.outbox.orderBy('seq').last();
    expect(last?.data).toMatchObject({ status: 'done', notes: 'send pricing' });
  });

  it('deletes a call with its transcript and audio, drops its unsent rows and queues a tombstone', async () => {
    const db = freshDb();
    const keep = await saveCall(db, makeCall());
    const call = await saveCall(db, makeCall());
    const { segments, moments } = makeTranscript(call.id, 3);
    await saveSegments(db, segments);
    await saveMoments(db, moments);
    await appendAudioChunk(db, call.id, 0, new Blob(['abc']));
    expect(await deleteCall(db, call.id)).toBe(true);
    expect(await getCall(db, call.id)).toBeUndefined();
    expect(await db.segments.count()).toBe(0);
    expect(await getCallAudio(db, call.id)).toBeUndefined();
    const rows = await db.outbox.orderBy('seq').toArray();
    expect(rows.map((r) => [r.entityId, r.op])).toEqual([
      [keep.id, 'put'],
      [call.id, 'delete'],
    ]);
  });

  it('replaces a re-transcribed call: old segments get tombstones', async () => {
    const db = freshDb();
    const call = await saveCall(db, makeCall());
    const old = makeTranscript(call.id, 2).segments;
    await saveSegments(db, old);
    const fresh = makeTranscript(call.id, 1).segments;
    await replaceSegments(db, call.id, fresh);
    expect((await getCall(db, call.id))?.segments.map((s) => s.id)).toEqual([fresh[0].id]);
    const deletes = await db.outbox.filter((r) => r.op === 'delete').toArray();
    expect(deletes.map((r) => r.entityId).sort()).toEqual(old.map((s) => s.id).sort());
  });

  it('marks calls left recording as interrupted, keeping their segments', async () => {
    const db = freshDb();
    const live = await saveCall(db, makeCall({ status: 'recording' }));
    const done = await saveCall(db, makeCall({ status: 'done' }));
    await saveSegments(db, makeTranscript(live.id, 3).segments);
    expect(await markInterruptedCalls(db)).toBe(1);
    const after = await getCall(db, live.id);
    expect(after?.call.status).toBe('interrupted');
    expect(after?.call.duration).toBe(11.5);
    expect(after?.segments).toHaveLength(3);
    expect((await getCall(db, done.id))?.call.status).toBe('done');
    expect(await markInterruptedCalls(db)).toBe(0);
  });

  it('lists calls newest first and searches titles and transcripts', async () => {
    const db = freshDb();
    const a = await saveCall(db, makeCall({ title: 'Acme renewal', startedAt: 1_000 }));
    const b = await saveCall(db, makeCall({ title: 'Globex intro', startedAt: 2_000 }));
    await saveSegment(db, makeSegment(b.id, { text: 'We are evaluating Gong as well.' }));
    expect((await listCalls(db)).map((c) => c.id)).toEqual([b.id, a.id]);
    expect((await listCalls(db, { search: 'acme' })).map((c) => c.id)).toEqual([a.id]);
    expect((await listCalls(db, { search: 'GONG globex' })).map((c) => c.id)).toEqual([b.id]);
    expect(await listCalls(db, { search: 'gong acme' })).toEqual([]);
  });

  it('keeps settings with defaults: redaction and audio on, sync everything', async () => {
    const db = freshDb();
    expect(await getSettings(db)).toMatchObject({ redactPii: true, keepAudio: true, syncScope: 'everything', serverUrl: '' });
    await updateSettings(db, { serverUrl: ' https://sync.example.com/ ', token: 't' });
    expect(await getSettings(db)).toMatchObject({ serverUrl: 'https://sync.example.com', token: 't', redactPii: true });
    expect(await countRows(db, 'pending')).toBe(0);
  });
});
