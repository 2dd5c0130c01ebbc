/**
 * Negation scope for the phrase rules. A cue is negated when a negator stands within the few
 * words before it in the same clause ("budget isn't an issue", "we are not looking at other
 * tools"); an interjection ("No, it's too expensive") or "not only / not just" does not negate.
 * A topic mention (security, price) is defused when its clause says it is no problem
 * ("no concerns on security", "legal already signed off", "pricing looks fair").
 */
const NEGATOR =
  /\b(?:not|no|never|nothing|none|nobody|neither|nor|without|hardly|barely|cannot|\w+n't)\b(?!\s*,)(?!\s+(?:only|just|later|doubt)\b)/;

/** Whether a negator stands within `words` words before `index` in `clause`, or inside `match`. */
export function negatedAt(clause: string, index: number, match = '', words = 4): boolean {
  const before = clause.slice(Math.max(0, index - 48), index);
  // "why don't you send me…" / "why not…" are suggestions, not negations.
  // A comma closes a negator's scope: "if this doesn't get fixed, we'll cancel".
  const tail = before.slice(before.lastIndexOf(',') + 1).split(/\s+/).slice(-words - 1).join(' ').replace(/\bwhy (?:don't|not)\b/g, 'why');
  return NEGATOR.test(`${tail} ${match}`);
}

const PROBLEM = '(?:issues?|problems?|concerns?|blockers?|worr(?:y|ies)|deal ?-?breakers?|obstacles?|hurdles?|sticking points?|red flags?|showstoppers?|big deal)';
const DEFUSED = new RegExp(
  [
    `\\b(?:not|n't|no|never|nor)\\b(?:\\s+\\w+){0,3}?\\s+(?:an?\\s+|any\\s+|the\\s+|real\\s+|big\\s+|major\\s+)*${PROBLEM}`,
    `\\b(?:no|zero|without)\\s+(?:\\w+\\s+)?${PROBLEM}`,
    `\\b(?:not|n't|never)\\s+(?:\\w+\\s+)?(?:worried|concerned|bothered|fussed)`,
    `\\b(?:already|have|has|had|got)\\s+(?:been\\s+|fully\\s+|all\\s+)?(?:approved|signed off|cleared|vetted|passed|done|reviewed|ticked|checked|covered|sorted|sent|provided|answered)`,
    // a review reported as over and clean: "the security review went fine", "IT signed off, no open items", "finished the security review last week"
    `\\b(?:went|came out|turned out|wrapped up)\\s+(?:totally\\s+|completely\\s+|really\\s+|pretty\\s+|just\\s+)?(?:fine|well|smoothly|great|ok|okay|clean|good)\\b`,
    `(?<!\\b(?:to|will|would|must|should|needs?|has to|have to|can|could|'ll)\\s)\\b(?:signed off|cleared it|approved it)\\b(?!\\s+(?:yet|on\\b))|\\bno\\s+(?:open\\s+)?(?:items|findings|flags|questions|exceptions)\\b|\\bnothing\\s+(?:came up|flagged|open|outstanding)`,
    `(?<!\\b(?:a|an|the|your|our|their)\\s)\\b(?:finished|completed|passed|wrapped up|closed out)\\s+(?:the\\s+|our\\s+|your\\s+|their\\s+|its\\s+)?(?:\\w+\\s+)?(?:review|audit|assessment|questionnaire|check)`,
    `\\b(?:came|come|comes|coming)\\s+back\\s+(?:totally\\s+|completely\\s+|all\\s+)?(?:clean|fine|good|okay|ok|positive|green)|\\bchecked out\\b|\\b(?:gave|given)\\s+(?:us\\s+|you\\s+|it\\s+)?(?:the\\s+)?(?:green light|thumbs up|all clear|ok|okay)`,
    `\\b(?:is|are|'s|'re|was|looks?|seems?|sounds?)\\s+(?:totally\\s+|completely\\s+|all\\s+|really\\s+|pretty\\s+|perfectly\\s+)?(?:fine|good|great|okay|ok|covered|reasonable|fair|handled|sorted|solid|competitive|in line|within (?:our\\s+)?budget)\\b`,
    `\\b(?:happy|comfortable|fine|satisfied|good)\\s+with\\s+(?:the|your)\\s+(?:price|pricing|cost|security|compliance)`,
    `\\b(?:was|were|is|are|'s|'re)\\s+(?:\\w+\\s+)?(?:happy|pleased|satisfied|comfortable|fine)\\s+with\\s+(?:that|it|this|the|your|you|what)\\b`,
  ].join('|'),
);

/** Whether the clause says the topic it mentions is not a problem. */
export function isDefused(clause: string): boolean {
  return DEFUSED.test(clause);
}
