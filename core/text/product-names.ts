/**
 * Product names the playbook does not list, remembered per call. A customer introduces a rival
 * or incumbent by name in a frame of having, running, paying for, moving to or being pitched it
 * ("We've got DLCPM, it does the job", "everything runs through VinSolutions", "what we have in
 * Veeva", "our sales guys design in Aurora", "the owners are also talking to Enerflo", "Motive
 * came in last week and offered…", "Applied Epic does renewal reminders natively now"); later
 * customer mentions of the same name ("she's already set on Toast", "three bucks over Motive",
 * "what it does for them that Epic doesn't") are competitor talk too, unless the clause is about
 * integrating with it ("does it sync with Toast?"). A name either side puts in an integration
 * frame ("you'd push that into McLeod?", "our Epic integration") is a partner from then on.
 *
 * A name is product-like when it is an acronym (DLCPM), CamelCase (VinSolutions) or a
 * capitalised word that is not a stop word: pronouns and sentence openers, days, months,
 * roles and standards, meeting and office tools, common first names (people: "talking to
 * Sarah"). Runs on the original text (case matters): an all-lower-case transcript finds nothing.
 * Everything here is a pure function of the text, so the rule stays a pure function of the
 * segments so far.
 */
import { NOT_A_TOOL } from './incumbent.ts';
import { memoByText } from './memo.ts';
import { mayMatchNormalised } from './regex-prefilter.ts';
import { analyzeText } from './text-analysis.ts';
import type { Segment } from '../types.ts';
import { memoized, type PrefixMemo } from '../rules/prefix-memo.ts';

/** One capitalised token, with inner dots, ampersands or hyphens ("Monday.com", "AT&T"). */
const TOKEN = "(?:[A-Z]|[a-z]{1,2}(?=[A-Z]))[A-Za-z0-9]*(?:[.&-][A-Za-z0-9]+)*";
/** A word that starts like a name: capitalised, or a lower-case prefix on CamelCase ("eModal", "iCIMS"). */
const CAPITAL = /^(?:[A-Z]|[a-z]{1,2}[A-Z])/;
/** Up to three tokens: "Applied Epic", "Google Sheet". */
const NAME = `(${TOKEN}(?: ${TOKEN}){0,2})`;

const SUBJECT =
  "(?:we|we've|we're|i|i've|i'm|(?:one|two|three|four|five|most|some|half|all|both|none|a few|several) of (?:the|them|our|those)(?: [a-z]+)?|they|they've|they're|he|she|he's|she's|everyone|everybody|everyone's|everybody's|(?:our|the|my) (?:[a-z]+ ){0,2}[a-z]+(?<!s)s|(?:our|the|my) (?:[a-z]+ ){0,2}(?:team|guys|folks|people|staff|owners?|office|department|side|reps|producers|agents|techs|crew|shop|clinic|lab|group|company|partners))";
const ADVERBS = "(?:(?:are|is|were|was|have|has|had|'re|'s|'ve|also|already|still|currently|all|just|mostly|really|been|basically|pretty much|now|right now|kind of|more or less) ){0,3}";
const OBJECT_VERB =
  "(?:use|uses|using|used|run on|runs on|running on|on|with|got|get|have|has|had|pay|pays|paying|paid|pay for|paying for|moved to|moving to|move to|switched to|switching to|switch to|switched from|moved from|moving off|moved off|went with|going with|go with|talking to|talking with|speaking with|speaking to|meeting with|looking at|evaluating|considering|demoing|trialing|trialling|piloting|signed with|leaning toward|leaning towards|set on|sold on|design in|designs in|(?:reconcile|reconciles|enter|enters|log|logs|book|books|manage|manages|handle|handles|do|does|track|tracks|keep|keeps|run|runs) (?:those|these|them|it|that|this|everything|all (?:of )?(?:it|that|them)|our [a-z]+|the [a-z]+|most of (?:it|them|that)) (?:in|on|through)|work in|works in|live in|lives in|build in|builds in|track in|tracks in|schedule in|schedules in|quote in|quotes in|do (?:everything|it all|it|that|this|all (?:of )?(?:that|this|it)|our [a-z]+) in|keep (?:everything|it|them|all (?:of )?(?:that|it)) in)";

const FRAMES: RegExp[] = [
  // "we've got DLCPM", "the owners are also talking to Enerflo", "our sales guys design in Aurora"
  new RegExp(`\\b${SUBJECT} ${ADVERBS}${OBJECT_VERB} ${NAME}`, 'gi'),
  // "what we have in Veeva", "what we already pay Veeva for", "everything we keep in Procore"
  new RegExp(`\\b(?:what|everything|anything|all|whatever|the stuff|the things) (?:we|i|they|you) (?:already |currently |still |now )?(?:have|has|keep|do|run|track|store|use|pay|pay for|get|got|built|build|manage) (?:[a-z]+ )?(?:in|on|through|with|from|out of )?${NAME}`, 'gi'),
  // "everything runs through VinSolutions", "it all lives in Procore"
  new RegExp(`\\b(?:everything|it all|all of it|all (?:of )?our [a-z]+|our [a-z]+(?: [a-z]+)?|the whole [a-z]+) (?:already |currently |still |basically |just )?(?:runs?|goes|lives?|sits?|flows?|happens?) (?:through|in|on|out of|inside) ${NAME}`, 'gi'),
  // a rival's move, the name as subject: "Motive came in last week and offered…"
  new RegExp(`(?:^|[.?!,;:]\\s+|\\b(?:and|but|because|since|so|now|plus|then)\\s+)${NAME} (?:came in|came back|reached out|quoted|offered|is offering|pitched|is pitching|(?:has|have|had|'s|'ve) been (?:pitching|pushing|offering|courting|calling)|keeps? (?:pitching|pushing|calling)|undercut)\\b`, 'g'),
  // a rival brought in for a look: "Kyle had EFI Pace in here last month", "we had Procore out for a demo"
  new RegExp(`\\b(?:had|brought|got|have|invited) ${NAME} (?:in|out|over|on site|onsite) (?:here |to |for |last |a |the |in )`, 'g'),
  // the tool the team works in: "the caregivers clock in on the HHAeXchange app", "the Wallboard screens stay up"
  new RegExp(`\\b(?:on|in|through|with|use|uses|using|via|from|and) the ${NAME} (?:app|portal|system|software|platform|screens?|terminals?|kiosks?|tablets?|handhelds?|scanners?)\\b(?! (?:you|your)\\b)`, 'g'),
  new RegExp(`(?:^|[.?!,;:]\\s+)the ${NAME} (?:app|portal|system|software|platform|screens?|terminals?|kiosks?|tablets?) (?:stays?|stay up|remains?|is staying|are staying|goes|go|works|is|are|has|have)\\b`, 'g'),
  // what a rival or incumbent already does: "the new version of Applied Epic does renewal reminders natively now"
  // (a plain capitalised word opening a sentence is too often a common noun: "Security has already approved you")
  new RegExp(`(?:^|[.?!,;:]\\s+|\\b(?:and|but|because|since|so|now|plus|then|[Tt]he new version of|[Tt]he latest version of|[Tt]he new)\\s+)${NAME} (?:(?:does|has|had|did|added|includes|now has|offers|charges?)(?: [a-z]+){0,4}? (?:natively|built[- ]in|out of the box|included|for free|now|too|as well|already)|is cheaper|was cheaper)\\b`, 'g'),
];

/** The frame of what a tool does, whose subject needs care when it opens a sentence. */
const SUBJECT_FRAME = FRAMES[FRAMES.length - 1];

/** Frames that make a name a system the product connects to, not a rival. */
const INTEGRATION =
  /\b(?:(?:do|does|can|will|would) (?:you|it|that) (?:support|handle|read|connect)|integrat\w*|sync(?:s|ed|ing)?|connect(?:s|ed|ing|or|ors|ion)?|plug(?:s|ged)? in(?:to)?|apis?|feeds?|push(?:es|ed|ing)? (?:\w+ ){0,3}?(?:in)?to|pull(?:s|ed|ing)? (?:\w+ ){0,3}?from|writ(?:e|es|ing) (?:\w+ ){0,2}?(?:back )?(?:in)?to|export(?:s|ed|ing)?|import(?:s|ed|ing)?|land(?:s|ed)? in|talks? to|work(?:s)? with|credentials|mapping)\b/i;

/** Capitalised words that are not products: sentence openers, people and places of a call. */
const NOT_A_NAME = new Set(
  [
    'everything', 'nothing', 'everyone', 'nobody', 'somebody', 'something', 'anything', 'whatever', 'there', 'here', 'then', 'now', 'right',
    'look', 'listen', 'sure', 'great', 'good', 'fine', 'thanks', 'thank', 'sorry', 'hey', 'hi', 'hello', 'oh', 'um', 'uh', 'hmm', 'ha',
    'today', 'tomorrow', 'tonight', 'christmas', 'thanksgiving', 'easter', 'labor day', 'memorial day', 'halloween', 'new year',
    'google', 'google sheet', 'google sheets', 'google drive', 'dropbox', 'slack', 'whatsapp', 'facebook', 'linkedin', 'youtube',
    'powerpoint', 'quickbooks online', 'paper', 'whiteboard',
    'ai', 'ui', 'ux', 'crm', 'erp', 'ehr', 'emr', 'ats', 'lms', 'pos', 'tms', 'eld', 'elds', 'gps', 'roi', 'kpi', 'kpis', 'sop', 'sops', 'qa', 'qc',
    'bdc', 'gxp', 'nih', 'irs', 'dot', 'fda', 'epa', 'osha', 'ttb', 'usa', 'us', 'uk', 'eu', 'llc', 'inc', 'faq', 'pdf', 'csv', 'saas', 'it',
    // common first names: "talking to Sarah", "Tom keeps it"
    'aaron', 'adam', 'alex', 'alice', 'amanda', 'amy', 'andrea', 'andrew', 'angela', 'anna', 'anne', 'anthony', 'ben', 'beth', 'bill', 'bob',
    'brad', 'brian', 'carl', 'carlos', 'carol', 'chris', 'christine', 'dan', 'dana', 'daniel', 'dave', 'david', 'deb', 'debbie', 'diane', 'don',
    'doug', 'ed', 'emily', 'emma', 'eric', 'frank', 'gary', 'george', 'greg', 'hannah', 'jack', 'jake', 'james', 'jane', 'jason', 'jeff', 'jen',
    'jennifer', 'jess', 'jessica', 'jim', 'joe', 'john', 'jon', 'jordan', 'jose', 'josh', 'julie', 'karen', 'kate', 'kathy', 'kelly', 'ken',
    'kevin', 'kim', 'laura', 'linda', 'lisa', 'liz', 'maria', 'mark', 'matt', 'megan', 'michael', 'mike', 'nancy', 'nick', 'nicole', 'pam',
    'pat', 'paul', 'pete', 'peter', 'priya', 'rachel', 'raj', 'rebecca', 'rich', 'rick', 'rob', 'robert', 'ryan', 'sam', 'sara', 'sarah',
    'scott', 'sean', 'steve', 'sue', 'susan', 'tina', 'todd', 'tom', 'tony', 'tyler', 'wes', 'will',
  ],
);

/** What follows a person's name: "I've got Li from data engineering with me", "Tom is the only one". */
const PERSON_AFTER = /^(?:'s| is| was)? (?:from|with me|on the line|here|joining|who|our|my|the only|in charge|says|said|thinks|told|keeps|runs the|handles the)\b|^,? (?:our|my|who|the) /;

function productLike(name: string): boolean {
  const key = name.toLowerCase();
  if (NOT_A_TOOL.has(key) || NOT_A_NAME.has(key)) return false;
  const first = name.split(' ')[0];
  if (NOT_A_TOOL.has(first.toLowerCase()) || NOT_A_NAME.has(first.toLowerCase())) return false;
  // a bare number or an ordinal is no name
  return CAPITAL.test(name) && /[a-z]|^[A-Z]{2,}/.test(name);
}

/** Drops a trailing possessive or plural "s" off an acronym ("DLCPM's", "ELDs"). */
function clean(raw: string): string {
  return raw.replace(/'s$/, '').replace(/^([A-Z]{2,})s$/, '$1').trim();
}

const ANY_TOKEN = new RegExp(`\\b${TOKEN}`, 'g');
const INNER_TOKEN = new RegExp(`(?<![.?!]\\s|^)\\b${TOKEN}`, 'g');

/** Whether `text` holds a capitalised token that could be a product name at all (most turns do not). */
function hasCandidate(text: string): boolean {
  for (const m of text.matchAll(ANY_TOKEN)) if (productLike(clean(m[0]))) return true;
  return false;
}

/** Whether `text` holds a product-like name inside a sentence (not a sentence opener): "You mentioned Assaia?". */
export function mentionsName(text: string): boolean {
  for (const m of text.matchAll(INNER_TOKEN)) if (productLike(clean(m[0]))) return true;
  return false;
}

/** Names the customer's text introduces as an incumbent or rival, in order. */
export const introducedNames = memoByText((text: string): readonly string[] => {
  const src = text.replace(/[\u2018\u2019\u02bc`]/g, "'");
  const out: string[] = [];
  // "Does it integrate with our EHR? We're on WebPT.": the named system is the one to connect to
  if (!hasCandidate(src) || INTEGRATION.test(src)) return out;
  // every clause is a piece of `src`: a frame whose literals the text lacks matches in none of them
  const { lower } = analyzeText(text);
  const frames = FRAMES.filter((re) => mayMatchNormalised(re, lower));
  for (const clause of src.split(/(?<=[.?!;])\s+/)) {
    for (const re of frames) {
      re.lastIndex = 0;
      for (let m = re.exec(clause); m; m = re.exec(clause)) {
        const words = m[1].split(' ');
        // keep the leading run of capitalised words only ("Veeva right" -> "Veeva")
        const kept: string[] = [];
        for (const w of words) if (CAPITAL.test(w)) kept.push(w); else break;
        const start = m.index + m[0].lastIndexOf(m[1], m[0].length - m[1].length);
        const end = start + kept.join(' ').length;
        if (re === SUBJECT_FRAME && kept.length === 1 && !/^[A-Z]{2,}s?$|[a-z][A-Z]/.test(kept[0]) && /(?:^|[.?!:]\s*)$/.test(clause.slice(0, start))) continue;
        // people are not spelt in CamelCase or capitals ("eModal, the third is…")
        if (!/[a-z][A-Z]|^[A-Z]{2,}/.test(kept[0]) && PERSON_AFTER.test(clause.slice(end))) continue;
        const name = clean(kept.join(' '));
        if (name && productLike(name) && !out.includes(name)) out.push(name);
      }
    }
  }
  return out;
});

/** Names either speaker's text puts in an integration frame ("push it into McLeod"). */
export const partnerNames = memoByText((text: string): readonly string[] => {
  const out: string[] = [];
  if (!mayMatchNormalised(INTEGRATION, analyzeText(text).lower)) return out;
  const src = text.replace(/[\u2018\u2019\u02bc`]/g, "'");
  if (!INTEGRATION.test(src)) return out;
  for (const clause of src.split(/(?<=[.?!;])\s+/)) {
    if (!INTEGRATION.test(clause)) continue;
    for (const m of clause.matchAll(INNER_TOKEN)) {
      const name = clean(m[0]);
      if (productLike(name) && !out.includes(name)) out.push(name);
    }
  }
  return out;
});

/** The words a remembered name can be mentioned by later: the whole name and its last word ("Applied Epic", "Epic"). */
export function mentionKeys(name: string): string[] {
  const words = name.split(' ');
  return words.length > 1 ? [name, words[words.length - 1]] : [name];
}

/**
 * The first remembered rival named in `text` outside an integration frame, or undefined.
 * `known` holds the names the customer introduced earlier in the call, less the partners.
 */
export function laterMention(text: string, known: ReadonlySet<string>): string | undefined {
  if (known.size === 0) return undefined;
  let any = false;
  for (const n of known) if (text.includes(n)) { any = true; break; }
  if (!any) return undefined;
  const src = text.replace(/[\u2018\u2019\u02bc`]/g, "'");
  for (const clause of src.split(/(?<=[.?!;])\s+/)) {
    if (INTEGRATION.test(clause)) continue;
    for (const m of clause.matchAll(ANY_TOKEN)) {
      const name = clean(m[0]);
      if (known.has(name)) return name;
    }
  }
  return undefined;
}

interface CallNames {
  /** Rivals and incumbents the customer introduced. */
  readonly rivals: ReadonlySet<string>;
  /** Systems put in an integration frame before the customer introduced them. */
  readonly partners: ReadonlySet<string>;
}

const EMPTY: CallNames = { rivals: new Set(), partners: new Set() };

function extend(prev: CallNames, seg: Segment): CallNames {
  const partners = partnerNames(seg.text).filter((n) => !prev.rivals.has(n) && !prev.partners.has(n));
  const rivals = seg.speaker === 'customer'
    ? introducedNames(seg.text).flatMap(mentionKeys).filter((n) => !prev.rivals.has(n) && !prev.partners.has(n))
    : [];
  if (partners.length === 0 && rivals.length === 0) return prev;
  return {
    rivals: rivals.length ? new Set([...prev.rivals, ...rivals]) : prev.rivals,
    partners: partners.length ? new Set([...prev.partners, ...partners]) : prev.partners,
  };
}

const MEMO_KEY = 'product-names';

/**
 * The rival names known after `segments[0..i]` (entry i of a prefix series): a pure function
 * of those segments, memoised per analysis when the engine hands a memo.
 */
export function callNamesThrough(segments: readonly Segment[], i: number, memo?: PrefixMemo): CallNames {
  if (i < 0) return EMPTY;
  const series = memo?.get<CallNames>(MEMO_KEY);
  if (series !== undefined && i < series.length) return series[i];
  // fill forward from the last stored entry (or from the start without a memo)
  let k = series ? series.length : 0;
  let acc = k > 0 ? series![k - 1] : EMPTY;
  for (; k <= i; k++) {
    acc = extend(acc, segments[k]);
    memoized(series, k, () => acc);
  }
  return acc;
}

/** The rivals the customer named before `segments[at]`. */
export function knownRivals(segments: readonly Segment[], at: number, memo?: PrefixMemo): ReadonlySet<string> {
  return callNamesThrough(segments, at - 1, memo).rivals;
}
