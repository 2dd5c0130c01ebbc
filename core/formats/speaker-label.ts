import type { Segment } from '../types.ts';

/** The name shown for a segment's speaker: the meeting's display name when known. */
export function speakerLabel(seg: Pick<Segment, 'speaker' | 'speakerName'>): string {
  const name = seg.speakerName?.trim();
  if (name) return name;
  return seg.speaker === 'rep' ? 'Rep' : 'Customer';
}
