/**
 * Memoises a pure function of a segment's text. Look-back rules ask the same question of the
 * same few segments again and again (each new segment looks back at the last several, and the
 * call-level rules re-run the per-segment ones), so the answers are kept, each in a slot of the
 * text's shared analysis (text-analysis.ts): one cache for all of them, looked up once per text.
 */
import { sharedAnalysis } from './text-analysis.ts';

/** Stands for a memoised `undefined`. */
const NONE = Symbol('none');
let slots = 0;

/** A fresh slot in every text's analysis, for one memoised function. */
export function memoSlot(): number {
  return slots++;
}

/** The value in `slot` of `text`'s analysis, computing and keeping it on the first ask. */
export function memoizedIn<T, A = undefined>(slot: number, text: string, fn: (text: string, arg: A) => T, arg?: A): T {
  const memo = sharedAnalysis(text).slots;
  const hit = memo[slot];
  if (hit !== undefined) return (hit === NONE ? undefined : hit) as T;
  const value = fn(text, arg as A);
  // `text`'s analysis may have been evicted by `fn`'s own asks: `memo` is still its slot array
  memo[slot] = value === undefined ? NONE : value;
  return value;
}

export function memoByText<T>(fn: (text: string) => T): (text: string) => T {
  const slot = memoSlot();
  return (text: string) => memoizedIn(slot, text, fn);
}
