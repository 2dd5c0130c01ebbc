/** What SRT and WebVTT cues share: one-line text and start order. */
import type { Segment } from '../types.ts';

/** One line of cue text: no line breaks (a blank line ends a cue) and no `-->`. */
export function cueText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/-->/g, '->').trim();
}

/** Cues must appear in start order (WebVTT requires it); a stable sort keeps ties as given. */
export function sortedByStart<T extends Pick<Segment, 'start'>>(segments: readonly T[]): T[] {
  return [...segments].sort((a, b) => a.start - b.start);
}
