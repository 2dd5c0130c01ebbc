import { describe, expect, it } from 'vitest';
import type { OutboxRow } from '../../store/db.ts';
import { buildBatch } from '../../store/sync-payload.ts';
import { backoffDelay } from '../../store/backoff.ts';
import { makeCall, makeMoment, makeSegment } from './store-factories.ts';

let seq = 0;
function row(entity: OutboxRow['entity'], data: OutboxRow['data'], op: OutboxRow['op'] = 'put'): OutboxRow {
  const callId = entity === 'call' ? data.id : (data as { callId: string }).callId;
  return { seq: ++seq, state: 'pending', entity, entityId: data.id, callId, op, data, updatedAt: 1_700_000_000_000 + seq };
}

describe('buildBatch', () => {
  const call = { ...makeCall({ title: 'Call with jo@acme.io', status: 'done' }), updatedAt: 1 };
  const seg = makeSegment(call.id, { text: 'Call me at 415-555-0132 after 5:30', avgLogprob: -0.2 });
  const moment = makeMoment(call.id, { text: 'my card is 4111 1111 1111 1111' });

  it('maps rows to the sync contract, redacting PII and dropping local-only fields', () => {
    const b = buildBatch([row('call', call), row('segment', seg), row('moment', moment)], { redact: true, momentsOnly: false });
    expect(b.body.calls[0].title).toBe('Call with [email]');
    expect(b.body.segments[0]).toEqual({
      id: seg.id, callId: call.id, speaker: seg.speaker, start: seg.start, end: seg.end,
      text: 'Call me at [phone] after 5:30', updatedAt: expect.any(Number),
    });
    expect(b.body.moments[0].text).toBe('my card is [card]');
  });

  it('sends text as spoken when redaction is off', () => {
    const b = buildBatch([row('segment', seg)], { redact: false, momentsOnly: false });
    expect(b.body.segments[0].text).toBe(seg.text);
  });

  it('sends an entity written several times once, in its latest state, and acknowledges every row', () => {
    const r1 = row('call', { ...call, status: 'recording' });
    const r2 = row('call', { ...call, status: 'done' });
    const b = buildBatch([r1, r2], { redact: true, momentsOnly: false });
    expect(b.body.calls).toHaveLength(1);
    expect(b.body.calls[0]).toMatchObject({ status: 'done', updatedAt: r2.updatedAt });
    expect(b.seqsByItem.get(`call:${call.id}`)).toEqual([r1.seq, r2.seq]);
  });

  it('leaves transcripts out when syncing moments only', () => {
    const b = buildBatch([row('call', call), row('segment', seg), row('moment', moment)], { redact: true, momentsOnly: true });
    expect(b.body.segments).toEqual([]);
    expect(b.body.moments).toHaveLength(1);
    expect(b.skipped).toHaveLength(1);
  });

  it('refuses invalid rows locally with the field named, without blocking the rest', () => {
    const broken = row('segment', { ...seg, id: 'seg-broken', start: -4 });
    const b = buildBatch([broken, row('moment', moment)], { redact: true, momentsOnly: false });
    expect(b.invalid).toEqual([{ seq: broken.seq, problem: expect.stringMatching(/^invalid segment \(start: /) }]);
    expect(b.body.moments).toHaveLength(1);
  });

  it('marks deletions as tombstones', () => {
    const b = buildBatch([row('call', call, 'delete')], { redact: true, momentsOnly: false });
    expect(b.body.calls[0].deleted).toBe(true);
  });
});

describe('backoffDelay', () => {
  const policy = { attempts: 5, baseMs: 1000, maxMs: 8000 };
  it('doubles the ceiling per attempt up to the cap, with jitter in its upper half', () => {
    expect([0, 1, 2, 3, 4].map((a) => backoffDelay(a, policy, () => 1))).toEqual([1000, 2000, 4000, 8000, 8000]);
    expect([0, 1, 2, 3, 4].map((a) => backoffDelay(a, policy, () => 0))).toEqual([500, 1000, 2000, 4000, 4000]);
  });
});
