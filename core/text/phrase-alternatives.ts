/**
 * A phrase regex cut into its top-level alternatives, each with its own literal prefilter
 * (regex-prefilter.ts), so that a text runs only the alternatives it holds the literals of. A
 * lexicon regex has dozens to hundreds of alternatives, tried in turn at every word of a clause;
 * a turn holds the literals of a few. The regex of the live alternatives alone, in their order,
 * finds exactly the matches of the whole one in any piece of the text: an alternative that cannot
 * match anywhere in it takes no part in any match, so neither the leftmost match nor which
 * alternative wins there changes. Regexes of each set of live alternatives are kept, per regex.
 */
import { prefilterGroup, mayMatch, type PrefilterGroup } from './regex-prefilter.ts';

/** Cached narrowed regexes per phrase regex; past this many sets the cache starts over. */
const SUBSETS_LIMIT = 512;

interface Split {
  readonly head: string;
  readonly tail: string;
  readonly alternatives: readonly string[];
  readonly group: PrefilterGroup;
  readonly bySubset: Map<string, RegExp>;
}

const splits = new WeakMap<RegExp, Split>();

/**
 * The top-level alternatives of a regex source (`a|(?:b|c)d|[|]` gives `a`, `(?:b|c)d`, `[|]`),
 * or undefined when the source is not one this reader follows (unbalanced groups).
 */
export function topLevelAlternatives(source: string): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      // a class: its "|", "(" and ")" are characters ("[]" is the empty class without the u flag)
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return undefined;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) return undefined;
  out.push(source.slice(start));
  return out;
}

/**
 * Records that `re` is `head(?:p1|p2|...)tail` for `patterns` (its source exactly), so that
 * `narrowed` can cut it; returns `re`.
 */
export function withAlternatives(re: RegExp, head: string, patterns: readonly string[], tail: string): RegExp {
  if (re.source !== `${head}(?:${patterns.join('|')})${tail}`) return re;
  const alternatives: string[] = [];
  for (const p of patterns) {
    const parts = topLevelAlternatives(p);
    if (parts === undefined) return re;
    alternatives.push(...parts);
  }
  let pieces: RegExp[];
  try {
    pieces = alternatives.map((a) => new RegExp(a, re.flags));
  } catch {
    return re;
  }
  const group = prefilterGroup(pieces);
  splits.set(re, { head, tail, alternatives, group, bySubset: new Map() });
  return re;
}

/**
 * The regex to run in place of `re` over `lower` or any piece of it: `re` itself, one with only
 * the alternatives whose literals `lower` holds (same flags, same matches there), or null when
 * none can match.
 */
export function narrowed(re: RegExp, lower: string): RegExp | null {
  const split = splits.get(re);
  if (split === undefined) return mayMatch(re, lower) ? re : null;
  const live = split.group.liveIn(lower);
  if (live.length === 0) return null;
  if (live.length === split.alternatives.length) return re;
  const key = String.fromCharCode(...live);
  let out = split.bySubset.get(key);
  if (out === undefined) {
    out = new RegExp(`${split.head}(?:${live.map((k) => split.alternatives[k]).join('|')})${split.tail}`, re.flags);
    if (split.bySubset.size >= SUBSETS_LIMIT) split.bySubset.clear();
    split.bySubset.set(key, out);
  }
  return out;
}
