/**
 * Sales-call phrases the general VADER lexicon misses ("too expensive", "won't renew",
 * "keeps breaking"), with valences on VADER's own -4..+4 scale, added to VADER's raw sum
 * before its normalisation. Also the candour markers ("honestly", "frankly") that VADER reads
 * as praise but which in a sales call usually open bad news.
 */

interface Phrase {
  pattern: RegExp;
  valence: number;
  /** Whether a preceding "not" / "isn't" / "no" flips it (false when the phrase holds its own negation). */
  negatable: boolean;
}

const PHRASES: Phrase[] = [
  { pattern: /\btoo (?:expensive|pricey|costly|high|steep)\b/g, valence: -1.5, negatable: true },
  { pattern: /\b(?:expensive|pricey|costly|overpriced)\b/g, valence: -1.2, negatable: true },
  { pattern: /\b(?:over (?:our |the )?budget|out of (?:our|the) budget|more than (?:we|i) (?:budgeted|expected))\b/g, valence: -1.8, negatable: true },
  { pattern: /\b(?:can't|cannot|can not|couldn't) (?:afford|justify)\b/g, valence: -2, negatable: false },
  { pattern: /\bcancel(?:l?ing|l?ed|lation)?\b/g, valence: -2, negatable: true },
  { pattern: /\b(?:won't|will not|not going to|don't plan to|do not plan to) renew\b/g, valence: -2.5, negatable: false },
  { pattern: /\b(?:keeps?|kept) (?:breaking|crashing|failing|going down)\b|\b(?:buggy|outages?|downtime)\b/g, valence: -2, negatable: false },
  { pattern: /\bcosting us\b/g, valence: -1.5, negatable: false },
];

/** Candour markers, removed before VADER scores the text. */
export const CANDOUR = /\b(?:to be (?:honest|frank)|honestly|frankly)\b,?/gi;

const NEGATION = /\b(?:not|no|never|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|nothing|hardly)\b|n't\b/;
/** VADER's scalar for a negated word. */
const N_SCALAR = -0.74;

/** The sum of domain valences in `text` (lower-cased inside). */
export function salesValence(text: string): number {
  const lower = text.toLowerCase();
  let sum = 0;
  for (const { pattern, valence, negatable } of PHRASES) {
    for (const match of lower.matchAll(pattern)) {
      const before = lower.slice(0, match.index).split(/\s+/).slice(-3).join(' ');
      sum += negatable && NEGATION.test(before) ? valence * N_SCALAR : valence;
    }
  }
  return sum;
}
