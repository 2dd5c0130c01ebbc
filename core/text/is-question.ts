/**
 * Whether a clause (lower-cased) asks something: a question mark, or, for transcripts that
 * lost their punctuation, a clause opening with an auxiliary or a wh-word followed by a subject.
 */
const QUESTION_OPENING =
  /^(?:(?:so|and|but|ok(?:ay)?|well|also|just|actually|sorry|quick question),?\s+)?(?:(?:do|does|did|is|are|was|were|can|could|would|will|should|shall|have|has|may)\s+(?:i|you|we|they|it|there|that|this|he|she|your|our|the)\b|(?:how|what|when|where|which|who|whom|whose|why)\b(?!\s+(?:i|we)\s+(?:said|mean|meant)))/;

export function isQuestion(clause: string): boolean {
  const text = clause.trim();
  if (text.endsWith('?')) return true;
  if (/[.!]$/.test(text)) return false;
  return QUESTION_OPENING.test(text);
}
