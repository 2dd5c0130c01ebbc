/**
 * Per-analysis scratch that the engine hands to per-segment rules (`ctx.memo`): named series
 * whose entry i is a value derived from `segments[0..i]` only (a rule never looks ahead).
 * The engine owns the invalidation: the post-call run starts a fresh memo, and the live run
 * drops every entry from index p on whenever the transcript changes at p (a segment arriving
 * out of start order, or replaced), before it re-runs the rules from p. So an entry i < at,
 * computed when segments[i] was evaluated, is still exact when segments[at] is.
 * Rules must give the same answer without a memo (callers that evaluate a rule directly).
 */
export class PrefixMemo {
  private readonly series = new Map<string, unknown[]>();

  /** The series under `key` (a rule's kind plus whatever parameters the values depend on). */
  get<T>(key: string): T[] {
    let s = this.series.get(key);
    if (s === undefined) this.series.set(key, (s = []));
    return s as T[];
  }

  /** Drops every entry at index `from` and after (the transcript changed there). */
  truncate(from: number): void {
    for (const s of this.series.values()) if (s.length > from) s.length = from;
  }
}

/**
 * Entry `i` of a memo series: the stored value when there is one, else `compute()`, stored
 * when it extends the series (entries are filled in order, as the engine evaluates them).
 */
export function memoized<T>(series: T[] | undefined, i: number, compute: () => T): T {
  if (series !== undefined && i < series.length) return series[i];
  const value = compute();
  if (series !== undefined && i === series.length) series.push(value);
  return value;
}
