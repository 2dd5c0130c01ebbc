/** Per-utterance counts the call metrics need: words, filler words, questions. */

export interface TextStats {
  words: number;
  fillers: number;
  questions: number;
}

/** Hesitation sounds and verbal tics that carry no content. */
const FILLER = /\b(?:u+m+|u+h+m*|e+r+m+|e+r+|a+h+|h+m+|you know|i mean|basically|literally|like(?=,))\b/gi;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const QUESTION = /\?+/g;

export function textStats(text: string): TextStats {
  return {
    words: text.match(WORD)?.length ?? 0,
    fillers: text.match(FILLER)?.length ?? 0,
    questions: text.match(QUESTION)?.length ?? 0,
  };
}
