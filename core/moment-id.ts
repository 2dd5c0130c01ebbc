/**
 * Deterministic moment ids: the same moment gets the same id in the live run, the post-call
 * run, a re-analysis and on every device, so replays and re-syncs are idempotent.
 */
import type { MomentDraft } from './types.ts';

/** 53-bit string hash (cyrb53, public domain): fast, well mixed, stable across runtimes. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, '0');
}

export type MomentIdInput = Pick<MomentDraft, 'kind' | 'start'> & Partial<Pick<MomentDraft, 'segmentId' | 'competitor'>>;

/**
 * `m-<hash>` of callId, kind (which carries the tracker name), the anchor (segment id, else the
 * start time to the millisecond) and the competitor. At most 13 characters.
 */
export function momentId(callId: string, draft: MomentIdInput): string {
  const anchor = draft.segmentId ?? `t${Math.round(draft.start * 1000)}`;
  const competitor = draft.competitor?.trim().toLowerCase() ?? '';
  return `m-${hash53(`${callId}\u0000${draft.kind}\u0000${anchor}\u0000${competitor}`)}`;
}
