/**
 * Memoises a pure function of a segment's text. Look-back rules ask the same question of the
 * same few segments again and again (each new segment looks back at the last several, and the
 * call-level rules re-run the per-segment ones), so a bounded cache keeps them linear.
 */
const LIMIT = 4096;

export function memoByText<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = fn(text);
    if (cache.size >= LIMIT) cache.clear();
    cache.set(text, value);
    return value;
  };
}
