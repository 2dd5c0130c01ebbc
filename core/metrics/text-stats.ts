/** Per-utterance counts the call metrics need: words, filler words, questions. */
import { memoByText } from '../text/memo.ts';

export interface TextStats {
  words: number;
  fillers: number;
  questions: number;
}

/**
 * Hesitation sounds and verbal tics that carry no content; "you know", "I mean" and "like"
 * only when set off by punctuation ("it flags, you know, objections"), not "I mean it".
 */
const FILLER = /\b(?:u+m+|u+h+m*|e+r+m+|e+r+|a+h+|h+m+|basically|literally|(?:you know|i mean)(?=\s*[,.?!])|like(?=,))\b/gi;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const QUESTION = /\?+/g;

/** Memoised by text (a live rebuild and the post-call run count the same utterances again); read-only. */
export const textStats = memoByText((text: string): Readonly<TextStats> => ({
  words: text.match(WORD)?.length ?? 0,
  fillers: text.match(FILLER)?.length ?? 0,
  questions: text.match(QUESTION)?.length ?? 0,
}));
