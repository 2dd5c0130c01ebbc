/**
 * A segment's text split into clauses for the phrase rules: lower-cased, curly quotes made
 * straight, cut at sentence ends and at contrast words ("price is fine, but security is a
 * concern" gives two clauses), each clause marked as a question or not. Cached per text, since
 * every rule of the registry reads the same segment.
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

const SENTENCE_END = /(?<=[.?!;])\s+|(?<=[?!])(?=\w)|\s+(?=(?:but|though|although|however|except|whereas)\b)|\s+-{1,2}\s+|\s+—\s*/g;
const cache = new Map<string, TextAnalysis>();
const CACHE_LIMIT = 4096;

/** Lower-cases and straightens quotes and dashes, collapsing runs of white space. */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
}

export function analyzeText(text: string): TextAnalysis {
  const hit = cache.get(text);
  if (hit) return hit;
  const lower = normalizeText(text);
  const clauses = lower
    .split(SENTENCE_END)
    .map((c) => c.trim())
    .filter((c) => c.length > 0)
    .map((c) => ({ text: c, question: isQuestion(c) }));
  const analysis = { lower, clauses };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, analysis);
  return analysis;
}
