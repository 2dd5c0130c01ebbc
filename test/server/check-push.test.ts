import { describe, expect, it } from 'vitest';
import { syncPushSchema, type SyncPush } from '../../core/sync-schema.ts';
import { checkPushFast } from '../../server/sync/check-push.ts';
import { makeCallBatch, makeMoment, makeSegment } from './make-sync-items.ts';

/** What pushBatch reads of a batch: the schema's keys only (zod strips the rest). */
function readView(b: SyncPush) {
  const pick = (o: object, keys: string[]) => Object.fromEntries(keys.filter((k) => (o as Record<string, unknown>)[k] !== undefined).map((k) => [k, (o as Record<string, unknown>)[k]]));
  const segKeys = ['id', 'callId', 'speaker', 'start', 'end', 'text', 'speakerName', 'updatedAt', 'deleted'];
  const momKeys = ['id', 'callId', 'kind', 'speaker', 'start', 'end', 'text', 'severity', 'suggestion', 'competitor', 'segmentId', 'updatedAt', 'deleted'];
  return {
    calls: b.calls,
    segments: b.segments.map((s) => ({ ...pick(s, segKeys), ...(s.sentiment ? { sentiment: { score: s.sentiment.score, label: s.sentiment.label } } : {}) })),
    moments: b.moments.map((m) => pick(m, momKeys)),
  };
}

const BAD_OR_EDGE: unknown[] = [
  undefined, null, '', 'x', 'x'.repeat(128), 'x'.repeat(129), 'x'.repeat(200), 'x'.repeat(201), 'x'.repeat(5_000), 'x'.repeat(5_001),
  'x'.repeat(10_000), 'x'.repeat(10_001), 0, -0, -1, -1.5, 1, 0.5, 1.5, 86_400, 86_400.5, 2 ** 53, 2 ** 53 - 1, true, false, [], {}, ['rep'],
  'rep', 'customer', 'Rep', 'info', 'warning', 'critical', 'positive', 'objection.price', 'tracker.acme-co', 'tracker.', `tracker.${'a'.repeat(65)}`, 'nope',
  { score: 0.5, label: 'neutral' }, { score: 2, label: 'neutral' }, { score: -1, label: 'negative' }, { score: 0.5, label: 'meh' }, { score: '0.5', label: 'neutral' }, { label: 'neutral' },
];

function agrees(body: unknown) {
  const fast = checkPushFast(body);
  const slow = syncPushSchema.safeParse(body);
  if (fast !== undefined) {
    // The fast path may decline what zod accepts, never accept what zod refuses.
    expect(slow.success, JSON.stringify(body).slice(0, 300)).toBe(true);
    if (slow.success) expect(readView(fast)).toEqual(readView(slow.data));
  }
  return { fast: fast !== undefined, slow: slow.success };
}

describe('checkPushFast (fast path in front of syncPushSchema)', () => {
  it('accepts what the extension sends, as zod reads it', () => {
    const b = makeCallBatch(50);
    b.segments[0] = { ...b.segments[0], sentiment: { score: -0.4, label: 'negative' }, speakerName: 'Dana', deleted: true };
    b.moments.push(makeMoment(b.calls[0].id, { kind: 'tracker.acme', suggestion: 'ask', competitor: 'Acme', deleted: false }));
    expect(agrees(b)).toEqual({ fast: true, slow: true });
    expect(agrees({ segments: b.segments })).toEqual({ fast: true, slow: true });
    expect(agrees({})).toEqual({ fast: true, slow: true });
  });

  it('never accepts a segment or moment field value that zod refuses', () => {
    const call = makeCallBatch(1).calls[0];
    const seg = makeSegment(call.id);
    const mom = makeMoment(call.id);
    let refused = 0;
    for (const [item, key] of [
      ...Object.keys({ ...seg, sentiment: 1, speakerName: 1, deleted: 1 }).map((k) => ['segments', k] as const),
      ...Object.keys({ ...mom, suggestion: 1, competitor: 1, segmentId: 1, deleted: 1 }).map((k) => ['moments', k] as const),
    ]) {
      for (const value of BAD_OR_EDGE) {
        const base = item === 'segments' ? seg : mom;
        const body = { calls: [call], [item]: [{ ...base, [key]: value }] };
        const { fast, slow } = agrees(body);
        expect(fast, `${item}.${key} = ${JSON.stringify(value)?.slice(0, 40)}`).toBe(slow); // and it declines nothing zod takes
        if (!slow) refused++;
      }
    }
    expect(refused).toBeGreaterThan(300);
  });

  it('leaves bodies of the wrong shape, and calls, to zod', () => {
    for (const body of [null, [], 'x', 1, { segments: null }, { segments: {} }, { moments: [1] }, { calls: [{}] }, { segments: Array(5_001).fill(makeSegment('c')) }]) {
      expect(agrees(body).fast).toBe(false);
    }
  });
});
