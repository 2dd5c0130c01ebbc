/**
 * Literal phrase matching for playbook lists (competitor names, tracker phrases):
 * case-insensitive, on word boundaries, multi-word names with flexible spacing, possessives
 * allowed ("Gong's"). Regexes are compiled once per list and cached by the list object, so a
 * playbook costs one compile however many segments it checks.
 */
const cache = new WeakMap<readonly string[], RegExp | null>();

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function phrasePattern(phrase: string): string {
  const words = phrase.trim().toLowerCase().replace(/[\u2018\u2019]/g, "'").split(/\s+/).map(escape);
  return words.join('[\\s-]+');
}

/** One global regex matching any of `phrases` (longest first), or null for an empty list. */
export function compilePhrases(list: readonly string[]): RegExp | null {
  if (cache.has(list)) return cache.get(list) ?? null;
  const patterns = list.filter((p) => p.trim().length > 0).map(phrasePattern).sort((a, b) => b.length - a.length);
  const re = patterns.length > 0 ? new RegExp(`(?<![\\w])(?:${patterns.join('|')})(?![\\w])`, 'gi') : null;
  cache.set(list, re);
  return re;
}

/** The phrase of `list` that a match stands for (case-insensitive, spacing ignored). */
export function canonicalPhrase(list: readonly string[], matched: string): string | undefined {
  const key = matched.toLowerCase().replace(/[\s-]+/g, ' ');
  return list.find((p) => p.trim().toLowerCase().replace(/[\s-]+/g, ' ') === key);
}

/** Every match of `re` in `text` with its index. */
export function matchesOf(re: RegExp, text: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push({ index: m.index, text: m[0] });
  }
  return out;
}
