/**
 * The general second layer of the objection rules: a topic word and a stance word in the same
 * clause, close together ("two grand a month is a lot more than I was ready for": money topic x
 * "more than" stance). Lexicons are word stems, not fixed phrases, so new wordings of the same
 * objection match without a pattern of their own. Negation, "no problem" clauses and question
 * form are handled as in find-cue.ts: a negated stance does not count (unless the spec says the
 * stance holds its own negation), a defused clause never fires, and each spec says whether
 * questions count.
 */
import { analyzeText } from './text-analysis.ts';
import { isDefused, negatedAt } from './negation.ts';
import { mayMatch } from './regex-prefilter.ts';

export interface TopicStance {
  /** Topic words (global regex over the lower-cased clause). */
  readonly topic: RegExp;
  /** Stance words (global regex); a negated stance does not count unless `stanceNegation` is 'inherent'. */
  readonly stance: RegExp;
  /** Stances that hold their own negation ("can't", "won't renew"): not checked for negators. */
  readonly inherent?: RegExp;
  /** Most words between the topic and the stance (default 6). */
  readonly window?: number;
  /** 'statement' (default): not in questions; 'any': questions too. */
  readonly form?: 'statement' | 'any';
  /** Clauses matching this never fire (hard negatives: benefits, other people's problems). */
  readonly veto?: RegExp;
  /** When set, only clauses matching it can fire. */
  readonly require?: RegExp;
}

interface Span { readonly start: number; readonly end: number }

function spans(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function wordsBetween(text: string, a: Span, b: Span): number {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (second.start < first.end) return 0;
  const gap = text.slice(first.end, second.start).trim();
  return gap ? gap.split(/\s+/).length : 0;
}

/** Whether some clause of `text` has a live topic x stance pair. */
export function hasTopicStance(text: string, spec: TopicStance): boolean {
  const window = spec.window ?? 6;
  const { lower, clauses } = analyzeText(text);
  // every clause is a piece of `lower`: without a topic and a stance there, no clause has both
  if (!mayMatch(spec.topic, lower) || !(mayMatch(spec.stance, lower) || (spec.inherent && mayMatch(spec.inherent, lower)))) return false;
  for (const clause of clauses) {
    if ((spec.form ?? 'statement') === 'statement' && clause.question) continue;
    const t = clause.text;
    spec.topic.lastIndex = 0;
    if (!spec.topic.test(t)) continue;
    if (spec.veto) { spec.veto.lastIndex = 0; if (spec.veto.test(t)) continue; }
    if (spec.require) { spec.require.lastIndex = 0; if (!spec.require.test(t)) continue; }
    if (isDefused(t)) continue;
    const topics = spans(spec.topic, t);
    const stances = [
      ...spans(spec.stance, t).filter((s) => !negatedAt(t, s.start, t.slice(s.start, s.end))),
      ...(spec.inherent ? spans(spec.inherent, t) : []),
    ];
    for (const s of stances) {
      for (const tp of topics) {
        if (s.start === tp.start && s.end === tp.end) continue;
        if (wordsBetween(t, tp, s) <= window) return true;
      }
    }
  }
  return false;
}

/** A global word-bounded regex of stems: `stems('pric(?:e|ing)', 'costs?')` matches "pricing", "costs", "price's". */
export function stems(...patterns: string[]): RegExp {
  // A possessive or a contraction ("the CFO's call", "money's tight") ends a word; "can't" does not.
  return new RegExp(`(?<![\\w'])(?:${patterns.join('|')})(?![\\w]|'(?!s\\b|re\\b|ll\\b|d\\b|ve\\b))`, 'g');
}
