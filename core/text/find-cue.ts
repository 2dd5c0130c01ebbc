/**
 * Finds the first cue of a kind in a text, clause by clause, honouring negation, "no problem"
 * clauses and question form. Cues are a few alternation regexes per kind, compiled once
 * (see `phrases`), so a segment costs a handful of regex scans per rule.
 */
import { analyzeText, type Clause } from './text-analysis.ts';
import { isDefused, negatedAt } from './negation.ts';
import { narrowed, withAlternatives } from './phrase-alternatives.ts';
import { memoizedIn, memoSlot } from './memo.ts';

export interface Cue {
  /** Matches lower-cased, normalised text (apostrophes straight). Must be global (`g`). */
  readonly re: RegExp;
  /**
   * 'plain' (default): a negator just before or inside the match cancels it; 'inherent': the
   * cue holds its own "not" ("can't afford"); 'negated': fires only when negated ("afford",
   * which is an objection in "we can't afford it").
   */
  readonly polarity?: 'plain' | 'inherent' | 'negated';
  /** A clause saying it's no problem ("security is fine", "no concerns") cancels it (default false). */
  readonly defusable?: boolean;
  /** 'any' (default), 'statement' (not in questions) or 'question' (only in questions). */
  readonly form?: 'any' | 'statement' | 'question';
}

export interface CueHit {
  readonly clause: Clause;
  /** The words that matched. */
  readonly match: string;
}

function formOk(cue: Cue, clause: Clause): boolean {
  const form = cue.form ?? 'any';
  return form === 'any' || (form === 'question') === clause.question;
}

function polarityOk(cue: Cue, clause: string, index: number, match: string): boolean {
  const polarity = cue.polarity ?? 'plain';
  if (polarity === 'inherent') return true;
  return negatedAt(clause, index, match) === (polarity === 'negated');
}

function hitIn(clause: Clause, cue: Cue, re: RegExp): string | undefined {
  if (!formOk(cue, clause)) return undefined;
  re.lastIndex = 0;
  for (let m = re.exec(clause.text); m; m = re.exec(clause.text)) {
    if (m[0].length === 0) re.lastIndex++;
    else if (!polarityOk(cue, clause.text, m.index, m[0])) continue;
    else if (cue.defusable && isDefused(clause.text)) return undefined;
    else return m[0];
  }
  return undefined;
}

function scan(text: string, cues: readonly Cue[]): CueHit | undefined {
  const { lower, clauses } = analyzeText(text);
  // every clause is a piece of `lower`: only what may match there runs (phrase-alternatives.ts)
  let live: Cue[] | undefined;
  let res: RegExp[] | undefined;
  for (const cue of cues) {
    const re = narrowed(cue.re, lower);
    if (re === null) continue;
    (live ??= []).push(cue);
    (res ??= []).push(re);
  }
  if (live === undefined || res === undefined) return undefined;
  for (const clause of clauses) {
    for (let k = 0; k < live.length; k++) {
      const match = hitIn(clause, live[k], res[k]);
      if (match !== undefined) return { clause, match };
    }
  }
  return undefined;
}

/** The memo slot of each cue list (rules pass module-level constants). */
const slotOf = new WeakMap<readonly Cue[], number>();

/**
 * The first clause of `text` with a live cue, or undefined. Memoised per cue list and text:
 * several rules ask the same question of the same segment (pricing.discussed re-asks the
 * price objection of the segments before; next_steps.missing re-runs next_steps), and cues
 * are constants, so the answer depends on the text alone.
 */
export function findCue(text: string, cues: readonly Cue[]): CueHit | undefined {
  let slot = slotOf.get(cues);
  if (slot === undefined) slotOf.set(cues, (slot = memoSlot()));
  return memoizedIn(slot, text, scan, cues);
}

/**
 * One global, case-insensitive regex for a list of phrase patterns (regex source), matched on
 * word boundaries: `phrases('too expensive', "can(?:'t|not) afford")`.
 */
export function phrases(...patterns: string[]): RegExp {
  const head = "(?<![\\w'])";
  const tail = "(?![\\w'])";
  return withAlternatives(new RegExp(`${head}(?:${patterns.join('|')})${tail}`, 'gi'), head, patterns, tail);
}
