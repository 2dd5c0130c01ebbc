/** Test data factories for the store tests: each test makes its own calls, segments and moments. */
import type { Moment, Segment } from '../../core/types.ts';
import type { NewCall } from '../../store/calls.ts';

let n = 0;
const uid = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(n++).toString(36)}`;

export function makeCall(overrides: Partial<NewCall> = {}): NewCall {
  return { id: uid('call'), title: 'Discovery call with Acme', platform: 'meet', status: 'recording', startedAt: Date.now(), ...overrides };
}

export function makeSegment(callId: string, overrides: Partial<Segment> = {}): Segment {
  return { id: uid('seg'), callId, speaker: 'customer', start: 0, end: 3, text: 'We use a spreadsheet today.', ...overrides };
}

export function makeMoment(callId: string, overrides: Partial<Moment> = {}): Moment {
  return {
    id: uid('mom'),
    callId,
    kind: 'objection.price',
    speaker: 'customer',
    start: 0,
    end: 3,
    text: 'That is too expensive for us.',
    severity: 'warning',
    ...overrides,
  };
}

/** A call with `count` alternating segments, 4 s apart, and one price objection moment. */
export function makeTranscript(callId: string, count: number): { segments: Segment[]; moments: Moment[] } {
  const segments = Array.from({ length: count }, (_, i) =>
    makeSegment(callId, { speaker: i % 2 ? 'customer' : 'rep', start: i * 4, end: i * 4 + 3.5, text: `Utterance number ${i + 1}.` }),
  );
  const moments = [makeMoment(callId, { start: 4, end: 7.5, segmentId: segments[1]?.id })];
  return { segments, moments };
}
