/**
 * Backchannels: short listener noises ("mm-hmm", "yeah", "right") that do not take the turn.
 * A customer backchannel does not end a rep monologue; a rep backchannel over the customer is
 * not an interruption.
 */
import type { Segment } from '../types.ts';
import { analyzeText } from './text-analysis.ts';

/** Longest utterance (s) that still counts as a backchannel. */
export const BACKCHANNEL_SECONDS = 1.5;

const WORDS =
  /^(?:(?:mm+-?hmm+|mhm+|mm+|uh-?huh|hmm+|um+|uh+|yeah|yes|yep|yup|ok|okay|right|sure|got it|i see|wow|oh|ah|aha|cool|great|nice|totally|exactly|true|interesting|gotcha|makes sense|fair|absolutely|definitely|of course|no way|really|huh)[\s,.!?-]*)+$/;

/** A short utterance made only of listener noises. */
export function isBackchannel(seg: Segment): boolean {
  return seg.end - seg.start < BACKCHANNEL_SECONDS && WORDS.test(analyzeText(seg.text).lower);
}

/** A short utterance (under BACKCHANNEL_SECONDS) of at most three words, whatever they are. */
export function isShortInterjection(seg: Segment): boolean {
  return seg.end - seg.start < BACKCHANNEL_SECONDS && analyzeText(seg.text).lower.split(/\s+/).length <= 3;
}
