/**
 * objection.competitor: the customer names a competitor from the playbook (the moment carries
 * its name, for the battlecard) or an incumbent ("we already use another tool", "locked into a
 * contract with our current vendor", "we built something in-house", a named tool outside the
 * playbook: "we already use Gong for that", "we're still on Procore"; see core/text/incumbent.ts).
 * Asking whether the product integrates with a system the customer runs is not an objection.
 */
import { defineRule } from './define-rule.ts';
import type { MomentDraft, Playbook, Segment } from '../types.ts';
import { learnedSays, segmentMoment } from '../text/cue-moment.ts';
import { findCue, phrases, type Cue } from '../text/find-cue.ts';
import { analyzeText } from '../text/text-analysis.ts';
import { negatedAt } from '../text/negation.ts';
import { namedIncumbent } from '../text/incumbent.ts';
import { callNamesThrough, mentionsName, introducedNames, laterMention } from '../text/product-names.ts';
import { canonicalPhrase, compilePhrases, matchesOf } from '../text/match-phrases.ts';

const TOOL = '(?:programs?|tools?|solutions?|vendors?|platforms?|products?|systems?|providers?|software|apps?|services?|partners?|suppliers?)';

const incumbent: readonly Cue[] = [
  {
    re: phrases(
      `(?:already|currently) (?:use|using|have|has|got|run|running|pay for|paying for|work with|working with|on|with|signed with|invested in|bought|rely on|standardi[sz]ed on)(?: \\w+){0,3}? ${TOOL}`,
      `(?:our|the) (?:current|existing|incumbent|present|old|previous|legacy) (?:\\w+ )?(?:vendor|provider|tool|solution|platform|software|supplier|partner|contract|engine|app|program|crm|erp|ats|lms|agency|firm|consultant)s?`,
      // someone else does the job today: "we have an agency that handles this", "our bookkeeper handles all of that"
      `(?:an? |our |the )(?:\\w+ )?(?:agency|agencies|consultants?|contractors?|freelancers?|bookkeepers?|accountants?|accounting firm|msp|it guy|it person|it company|it firm|outside firm|third party|va|virtual assistant|answering service|service provider|broker)(?: (?:who|that|which))? (?:already |currently |basically |mostly |just )?(?:handles?|does|manages?|takes care of|runs?|set up|sets up|built|builds|covers?|looks after|deals with|handled|managed|did)(?: \\w+){0,3}? (?:this|that|it|all|everything|for us|our|most)\\b`,
      `(?:it |our |an? )(?:\\w+ )?(?:guy|person|team|department|developer|dev) (?:built|wrote|made|set up|cobbled together|put together) (?:a |an |us a |us an |our own )?(?:\\w+ )?(?:tool|app|system|script|database|spreadsheet|thing|solution|portal)`,
      `(?:locked|tied|stuck|committed) (?:in|into|to) (?:a |an |our |the )?(?:\\w+ ){0,3}?(?:contract|agreement|deal|subscription|commitment)`,
      `under contract (?:with|until|through|for)`,
      `(?:built|build|building|developed|have|using|use|got|made|wrote) (?:\\w+ ){0,3}?(?:in-?house|internally|ourselves)`,
      `(?:in-?house|home-?grown|homegrown|internal|custom[- ]built) (?:tool|solution|system|build|platform|app|software|version|thing)`,
      `(?:evaluating|looking at|talking to|talking with|speaking (?:to|with)|considering|comparing|trialing|trialling|piloting|demoing|getting (?:quotes|proposals|demos) from|in talks with) (?:a (?:few|couple(?: of)?|number of) |several |some |two |three |other |another |a different |different |alternative )(?:other )?(?:vendors?|options?|tools?|solutions?|providers?|platforms?|products?|companies|alternatives?)`,
      `(?:looked at|looking at|considered|considering|thought about|talked about|tried|explored|exploring) (?:building|developing|making|writing) (?:something|it|our own|this|a tool|one)`,
      `(?:in|with|using|on) an? (?:open[- ]source|free|homegrown|home-grown|legacy|old|basic|clunky) (?:tool|app|system|platform|solution|product)`,
      `build (?:an? |our own )?(?:internal|in-?house) (?:team|tool|solution|system)|(?:do|handle|keep) (?:it|this|that) in-?house|hire (?:our own|an internal) (?:team|people)`,
      `(?:quotes?|proposals?|bids?|demos?) (?:coming |in )?from (?:two|three|a few|several|other|another|a couple)`,
      `(?:send|sending|sent|outsource|outsourcing|outsourced|use|using|work with|working with) (?:them |it |this |that |everything |the work )?(?:out )?(?:to |with )?(?:a |an |our |some )(?:\\w+ )?(?:freelancers?|contractors?|agency|agencies|consultants?|outside firm|third party|vendor)\\b`,
      `narrowed (?:it |things |this )?down to (?:two|three|four|a few|a couple|you)|short-?list(?:ed)?`,
      `(?:is|'s|are|'re) (?:just )?an? (?:outside |external |part-time |freelance |local )?(?:contractor|consultant|freelancer|agency|msp|managed service provider)\\b`,
      `shop(?:ping)? (?:this )?around|switch(?:ing)? (?:vendors|providers|tools|platforms|solutions)`,
      `(?:other|another|a different) (?:vendor|provider|tool|solution|platform) (?:is|are|offered|quoted|gave|does|has|that we|we)`,
      `(?:your|a) competitors?|competitor's`,
      // a rival courting them, named or not: "they've been pitching us a grower portal", "a vendor keeps pitching us"
      `(?:been|keeps?|kept|are|were|is|'s|'re) (?:pitching|courting|pushing) us\\b`,
      // something already in place: "we've got something already", "we have something in place for that"
      `(?:we've got|we have got|we've|we have|we already have|we've already got|there's) something (?:already|in place|for (?:that|this|it) already)`,
      // a tool someone built: "an Access database a teacher built", "a Power BI thing he built", "a phone-and-email thing the operator built themselves"
      `(?:an?|this|some) (?:[\\w-]+ ){0,3}?(?:thing|tool|database|system|app|spreadsheet|script|setup|portal|workbook|dashboard) (?:that )?(?:he|she|they|someone|somebody|(?:an?|our|the|one of our) [a-z]+) (?:built|made|wrote|set up|put together|cobbled together|rigged up)`,
    ),
  },
  {
    // someone on staff does the job by hand today: "our revenue manager does it by hand in a spreadsheet",
    // "a Google Sheet that Tom keeps", "our office manager handles most of the IT stuff", "our super takes it from there"
    form: 'statement',
    re: phrases(
      `(?:does|do|did|doing|done|tracks?|tracking|tracked|keeps?|keeping|kept|manages?|managing|handles?|handling) (?:it|them|this|that|everything|all (?:of )?(?:it|that|this|them)|the \\w+)(?: all)? (?:by hand|manually|on paper|with (?:pen and paper|a clipboard)|in (?:a |an |one |our |the )?(?:big |shared |giant |old )?(?:spreadsheet|excel|google sheet|notebook|binder|whiteboard|shared drive)s?)`,
      `(?:spreadsheet|google sheet|sheet|whiteboard|binder|notebook|shared drive|access database)s? (?:that|which) (?:\\w+ ){1,2}?(?:keeps|maintains|updates|runs|tracks|owns|built|made|set up)`,
      `(?:our|the|my) (?:[a-z]+ )?(?:manager|super|superintendent|admin|administrator|nephew|niece|son|daughter|brother|sister|wife|husband|guy|coordinator|assistant|receptionist|clerk|dispatcher|bookkeeper) (?:basically |mostly |just |already )?(?:handles|takes care of|manages|covers|looks after|does) (?:most|all|it|everything|the (?:\\w+ )?(?:stuff|side|part|work))|(?:our|the) [a-z]+ takes it from there`,
    ),
  },
  {
    // "the front desk uses the scheduling module in our practice management system"
    form: 'statement',
    re: phrases(
      // "our policy admin system", "our outside counsel's platform"
      `(?:our|their) (?:(?!(?:for|of|to|on|in|the|a|and|new|own)\\b)\\w+(?:'s)? ){1,2}(?:platform|system|software|vendor|provider|portal)(?! (?:is down|was down|went down|outage))`,
      `(?<!(?:'d|would|could|will|'ll|might|can|to|should)(?: \\w+)? )(?:use|uses|using|used|we're on|we are on|runs? on|running on|live in|lives in|done in|do (?:it|that|this) in|handled? (?:in|by)|through|via) (?:the |our |an? |some )(?:[\\w']+ ){0,3}?(?:system|software|platform|tool|module|app|crm|erp|ats|lms|ehr|emr|vendor|provider)s?`,
    ),
  },
];

/** A rival referred back to: "they're still in the mix" (only right after a name came up, or once one was named). */
const STILL_IN = /\b(?:they're|they are|they|them|those guys|those folks) (?:\w+ )?(?:still |also )?(?:in the (?:mix|running|picture)|on the (?:shortlist|short list))\b(?! of)/;

/** Integration questions name the systems the customer keeps: "does it sync with our CRM?". */
const INTEGRATION = /\b(?:integrat\w*|sync(?:s|ed|ing)? (?:with|to|into)|connect(?:s|ed|ing|or|ors)? (?:to|with|into)|plug(?:s|ged)? (?:in|into)|apis?)\b/;

function named(seg: Segment, playbook: Playbook): string | undefined {
  const re = compilePhrases(playbook.competitors);
  if (!re) return undefined;
  for (const clause of analyzeText(seg.text).clauses) {
    for (const m of matchesOf(re, clause.text)) {
      if (!negatedAt(clause.text, m.index, '', 3)) return canonicalPhrase(playbook.competitors, m.text) ?? m.text;
    }
  }
  return undefined;
}

export default defineRule({
  kind: 'objection.competitor',
  evaluate(ctx): MomentDraft[] {
    const { segments, playbook, at, memo } = ctx;
    const seg = segments[at];
    if (!seg || seg.speaker !== 'customer') return [];
    const competitor = named(seg, playbook);
    if (competitor !== undefined) return [{ ...segmentMoment(seg, 'objection.competitor', 'warning'), competitor }];
    const incumbentTool = namedIncumbent(seg.text);
    if (incumbentTool !== undefined) return [{ ...segmentMoment(seg, 'objection.competitor', 'warning'), competitor: incumbentTool }];
    // A product name the playbook does not list, introduced now or earlier in the call (product-names.ts).
    const before = callNamesThrough(segments, at - 1, memo);
    const rival = introducedNames(seg.text).find((n) => !before.partners.has(n)) ?? laterMention(seg.text, before.rivals);
    if (rival !== undefined) return [{ ...segmentMoment(seg, 'objection.competitor', 'warning'), competitor: rival }];
    const lower = analyzeText(seg.text).lower;
    if (INTEGRATION.test(lower)) return [];
    if (STILL_IN.test(lower) && (before.rivals.size > 0 || (at > 0 && mentionsName(segments[at - 1].text)))) return [segmentMoment(seg, 'objection.competitor', 'warning')];
    return findCue(seg.text, incumbent) || learnedSays('objection.competitor', ctx) ? [segmentMoment(seg, 'objection.competitor', 'warning')] : [];
  },
});
