/**
 * Filler words in an utterance: hesitation sounds (um, uh, erm), and discourse fillers
 * ("you know", "I mean", "like", "sort of", "kind of", "basically", "actually", "literally")
 * only where they are fillers: "I'd like to", "what kind of", "you know what", "I mean it" are not.
 */
import { analyzeText } from './text-analysis.ts';
import { mayMatch } from './regex-prefilter.ts';

const FILLERS = [
  /\b(?:um+|umm+|uh+|uhh+|erm+|er|ah+|uhm+|hmm+|mm+)\b/g,
  /(?<!\b(?:do|did|don't|if|as|would|will|whether|what|how|let|you|when|i|cause|because|so that|that) )\byou know\b(?! (?:what|how|who|where|when|why|whether|if|that|about|the answer|him|her|them|me|it|this|more|anyone|someone)\b)/g,
  /(?<!\b(?:what|which|that|if|do|did|you|know) )\bi mean\b(?! (?:it|that|to|business|what)\b)/g,
  /(?<!\b(?:what|which|that|this|the|a|any|some|all|no|every|one|same|those|these|other|right|wrong|different|certain|first|last|that's|what's)\s)\b(?:sort|kind) of\b(?! (?:\w+ )?(?:thing|things|person|people|stuff|tool|company|companies|problem|issue|deal|setup|team|role|question|product|solution)s?\b)/g,
  /\b(?:basically|literally|actually)\b/g,
  /(?:^|,\s*|\b(?:um|uh|so|and|but|just|it's|it was|was|is|were|are|like)\s*,?\s*)\blike\b(?=\s*,|\s+(?:um|uh|you know|i mean|so|we|they|i|he|she|it's|there's|the whole|literally|totally|really|super|very|\d+)\b)/g,
];

export interface FillerCount {
  fillers: number;
  words: number;
}

export function countFillers(text: string): FillerCount {
  const lower = analyzeText(text).lower;
  const words = lower.split(/\s+/).filter((w) => /[a-z0-9]/.test(w)).length;
  let fillers = 0;
  for (const re of FILLERS) {
    if (!mayMatch(re, lower)) continue;
    re.lastIndex = 0;
    while (re.exec(lower)) fillers++;
  }
  return { fillers, words };
}
