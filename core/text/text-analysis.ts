/**
 * A segment's text split into clauses for the phrase rules: lower-cased, curly quotes made
 * straight, cut at sentence ends and at contrast words ("price is fine, but security is a
 * concern" gives two clauses), each clause marked as a question or not. Computed once per text
 * and shared by every rule of the registry, with the rules' other per-text answers (memo.ts)
 * kept on it, so that a segment read by every rule costs one cache lookup per question.
 */
import { isQuestion } from './is-question.ts';

export interface Clause {
  readonly text: string;
  readonly question: boolean;
}

export interface TextAnalysis {
  /** Normalised, lower-cased text of the whole segment. */
  readonly lower: string;
  readonly clauses: readonly Clause[];
}

/** A text's analysis and the memoised answers about it, by slot (see memo.ts). */
export interface SharedAnalysis extends TextAnalysis {
  readonly source: string;
  readonly slots: unknown[];
}

const SENTENCE_END = /(?<=[.?!;])\s+|(?<=[?!])(?=\w)|\s+(?=(?:but|though|although|however|except|whereas)\b)|\s+-{1,2}\s+|\s+—\s*/g;
/**
 * Two generations of analyses by text: a full `recent` becomes `older` (whose hits move back
 * to `recent`), so a look-back rule's texts stay cached across the turn-over, and a call of
 * unique texts keeps at most 2 x GENERATION analyses alive.
 */
const GENERATION = 2048;
let recent = new Map<string, SharedAnalysis>();
let older = new Map<string, SharedAnalysis>();
/**
 * The texts asked last, compared by identity before any hashing: every rule asks about the
 * segment being evaluated, and look-back rules about the few before it.
 */
const RECENT = 4;
const lastFew: (SharedAnalysis | undefined)[] = new Array(RECENT).fill(undefined);
let lastAt = 0;

/** Lower-cases and straightens quotes and dashes, collapsing runs of white space. */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
}

function analyze(text: string): SharedAnalysis {
  const lower = normalizeText(text);
  const clauses = lower
    .split(SENTENCE_END)
    .map((c) => c.trim())
    .filter((c) => c.length > 0)
    .map((c) => ({ text: c, question: isQuestion(c) }));
  return { source: text, lower, clauses, slots: [] };
}

/** The shared analysis of `text` (same object for the same text while it stays cached). */
export function sharedAnalysis(text: string): SharedAnalysis {
  for (let k = 0; k < RECENT; k++) {
    const a = lastFew[k];
    if (a !== undefined && a.source === text) return a;
  }
  let hit = recent.get(text);
  if (hit === undefined) {
    hit = older.get(text) ?? analyze(text);
    if (recent.size >= GENERATION) {
      older = recent;
      recent = new Map();
    }
    recent.set(text, hit);
  }
  lastAt = (lastAt + 1) % RECENT;
  lastFew[lastAt] = hit;
  return hit;
}

export function analyzeText(text: string): TextAnalysis {
  return sharedAnalysis(text);
}
