import type { SyncCall, SyncMoment, SyncPush, SyncSegment } from '../../core/sync-schema.ts';

let n = 0;
const uid = (p: string) => `${p}-${Date.now().toString(36)}-${(n++).toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

export function makeCall(overrides: Partial<SyncCall> = {}): SyncCall {
  return { id: uid('call'), title: 'Discovery call', platform: 'meet', status: 'done', startedAt: Date.UTC(2026, 10, 2, 15), duration: 600, updatedAt: 1_000, ...overrides };
}

export function makeSegment(callId: string, overrides: Partial<SyncSegment> = {}): SyncSegment {
  return { id: uid('seg'), callId, speaker: 'customer', start: 1, end: 4, text: 'Honestly the budget is tight this quarter.', updatedAt: 1_000, ...overrides };
}

export function makeMoment(callId: string, overrides: Partial<SyncMoment> = {}): SyncMoment {
  return { id: uid('mom'), callId, kind: 'objection.price', speaker: 'customer', start: 1, end: 4, text: 'the budget is tight', severity: 'warning', updatedAt: 1_000, ...overrides };
}

/** A call with `count` alternating rep/customer segments and one moment per 10 segments. */
export function makeCallBatch(count: number, overrides: Partial<SyncCall> = {}): SyncPush {
  const call = makeCall(overrides);
  const segments = Array.from({ length: count }, (_, i) =>
    makeSegment(call.id, { speaker: i % 2 ? 'customer' : 'rep', start: i * 5, end: i * 5 + 4, text: `segment ${i} about onboarding and pricing` }),
  );
  const moments = segments.filter((_, i) => i % 10 === 1).map((s) => makeMoment(call.id, { start: s.start, end: s.end, segmentId: s.id }));
  return { calls: [call], segments, moments };
}
