/**
 * The general (topic x stance) layer of the weakest phrase rules: lexicons of word stems whose
 * co-occurrence within a customer clause marks the kind, so that new wordings fire without a
 * phrase of their own. Each kind's phrase cues run first; this layer only adds recall.
 */
import { hasTopicStance, stems, type TopicStance } from './topic-stance.ts';
import { memoByText } from './memo.ts';

const MONEY = [
  'pric(?:e|es|ed|ing|ey)', 'costs?', 'costing', 'budget\\w*', 'expensive', 'afford\\w*', 'discount\\w*', 'fees?',
  'spend(?:ing)?', 'dollars?', 'bucks', 'grand', '\\$ ?\\d[\\d,.]*k?', 'quotes?', 'quoted', 'rates?', 'investment', 'money',
  'licen[cs]e fees?', 'per (?:seat|user|head|licen[cs]e|month|year)', 'a (?:month|year|seat|user)',
  'hundred', 'thousand', 'million', 'invoices?', 'bill(?:s|ed|ing)?', 'pay(?:ing)?', 'paid', 'charg(?:e|es|ed|ing)', 'numbers?',
];

/** objection.price: money x pushback. */
export const PRICE: readonly TopicStance[] = [
  {
    topic: stems(...MONEY),
    stance: stems(
      'too(?: much| high| steep| rich)?', 'high(?:er)?', 'steep(?:er)?', 'hefty', 'tight(?:er)?', 'a lot(?: more)?', 'a bit much',
      '(?:a lot |way |much |quite a bit )?more than', 'over (?:our|the|my|budget|what)', 'out of (?:our|the|my|range|budget)', '(?:a )?stretch',
      'cut(?:s|ting)?', 'slash\\w*', 'lower(?:ed)?', 'bring (?:\\w+ ){0,2}down', 'come down', 'cheaper', 'justify', 'hard to (?:sell|swallow|justify|stomach|get)',
      'tough (?:sell|pill)', 'sticker shock', 'double (?:that|what|the)', 'twice (?:that|what|as much)', 'balk', 'push back', '(?:was|is|were|are|been|already) (?:set|allocated|locked|spent|committed|gone|used up|earmarked)', 'jump(?:ing|ed|s)?', 'worth the extra', 'reduc(?:e|ed|ing|tion)',
      'hike\\w*', 'increas(?:e|ed|es|ing)', 'went up', 'gone up', 'going up', 'painful', 'ouch', 'oof', 'yikes', 'whoa', 'pricey', 'expensive',
      'overpriced', 'outside', 'beyond', 'more like', 'closer to', 'squeez\\w*', 'trim\\w*', 'frozen', 'freeze',
    ),
    inherent: stems(
      "(?:can't|cannot|couldn't|won't be able to|not able to|unable to) (?:\\w+ )?(?:afford|justify|swing|stretch|do|go|pay|spend|get)",
      "(?:don't|doesn't|won't|wouldn't|didn't) (?:\\w+ )?(?:fit|have (?:that|the|enough)|budget)", 'not (?:in|within) (?:the|our|my)',
      "(?:no|not enough|isn't any|aren't any) (?:\\w+ )?(?:budget|money|funds?)", 'say no',
    ),
    window: 6,
    veto: stems('sav(?:e|es|ed|ing|ings)', 'roi', 'pays? for itself', 'fair', 'reasonable', 'competitive', 'in line', 'works? for (?:us|me)', 'fine', 'no brainer', 'value'),
  },
  {
    // Requests are objections in question form too: "could you bring the number down?"
    topic: stems(...MONEY),
    stance: stems('lower(?:ed)?', 'bring (?:\\w+ ){0,2}down', 'come down', 'cheaper', 'discount\\w*', 'better (?:deal|price|rate|number)', 'flexib\\w*', 'wiggle', 'knock \\w+ off', 'shave'),
    window: 5,
    form: 'any',
  },
];

/** risk.churn: leave verbs x our contract / product. */
export const CHURN: readonly TopicStance[] = [
  {
    topic: stems(
      'contracts?', 'subscriptions?', 'account', 'renewal', 'licen[cs]es?', 'seats', '(?:from|with|off|leave|cancel|replace|drop) you(?: guys)?', '(?:other|another|different|new|cheaper) (?:vendors?|providers?|options|tools?|platforms?|solutions?)', 'competitors?', 'your (?:\\w+ )?(?:platform|product|tool|service|software|app|system|company)',
      '(?:this|the) (?:platform|tool|product|app|system|service|vendor|relationship|agreement|partnership)', '(?:full |whole |entire )?suite', 'vendors?', 'providers?',
    ),
    stance: stems(
      'leav(?:e|ing)', 'cancel\\w*', 'switch(?:ing)?', 'terminat\\w*', 'walk(?:ing)? away', 'drop(?:ping)?(?: down)?', 'replac(?:e|ing)',
      '(?:want|wants|get|getting|be|us|them) out of', 'exit(?:ing)?', 'stop (?:using|paying)', 'end(?:ing)? (?:the|our|this)', 'churn\\w*', 'done with',
      'downgrad\\w*', 'mov(?:e|ing) (?:off|away)', 'migrat(?:e|ing) (?:off|away)', 'pull(?:ing)? out', 'go elsewhere', 'take (?:our|my) business',
      'scal(?:e|ing) (?:back|down)', 'cut(?:ting)? (?:back|down)', 'shopping around', 'alternatives', '(?:get|getting|gather|gathering|look|looking) (?:at )?(?:some )?(?:quotes|bids|proposals|demos)',
    ),
    inherent: stems(
      "(?:won't|will not|wouldn't|not going to|don't plan to|don't want to|unlikely to|may not|might not|probably not|not) (?:\\w+ )?renew(?:ing|al)?",
    ),
    window: 6,
    veto: stems('happy', 'glad', 'love', 'great'),
  },
  {
    // "if it isn't fixed by summer, we'll probably switch": a future leave verb closing the clause.
    topic: stems("(?:we'll|we will|we're going to|we are going to|going to|gonna|want to|wants to|we'd|we would|will|might|may)(?: probably| likely| just| have to| need to| seriously| be forced to)?"),
    stance: /(?<![\w'])(?:switch|leave|cancel|walk(?: away)?|move on|churn)(?= *(?:[.,!;]|$))/g,
    window: 0,
    veto: stems('happy', 'glad', 'love', 'great'),
  },
];

const HORIZON = [
  'until', 'till', "'til", 'after (?:the|our|we|this|that|q[1-4])', 'next (?:month|quarter|year|fiscal(?: year)?|spring|summer|fall|autumn|winter|budget|cycle|term|semester|season)',
  'q[1-4]', '(?:in|for) (?:a few|a couple(?: of)?|several|two|three|four|six|\\d+) (?:weeks|months|quarters)', 'new (?:fiscal )?year', 'later(?: on)?',
  '(?:in|around|by) (?:january|february|march|april|may|june|july|august|september|october|november|december)', 'january', 'february', 'april', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', '(?:this|the) (?:spring|summer|fall|autumn|winter)', 'end of (?:the )?(?:year|quarter)',
  'down the (?:road|line)', 'dust settles', 'once (?:we|things|the|this|that|our)', 'for now', 'for the time being', 'at some point',
];

/** objection.timing: defer verbs x a vague future horizon; no capacity. */
export const TIMING: readonly TopicStance[] = [
  {
    topic: stems(...HORIZON),
    stance: stems(
      'wait\\w*', 'hold(?:ing)? off', 'push(?:ing|ed)? (?:\\w+ )?(?:out|back)', 'delay\\w*', 'postpon\\w*', 'revisit\\w*', 'paus(?:e|ing)',
      'tabl(?:e|ing)', 'park(?:ing)?', 'circle back', 'reach (?:back )?out', 'check back', 'come back', 'touch base', 'reconnect', 'pick (?:this|it|things) (?:back )?up',
      'follow up', 'get back to', 'shelv\\w*', 'defer\\w*', 'sit on', 'on hold', 'punt',
    ),
    inherent: stems(
      "(?:not going to|won't|can't|cannot|couldn't|wouldn't|don't|aren't going to) (?:\\w+ )?(?:make|do|change|buy|sign|start|move|look at|commit|decide|add|take on|spend|touch|consider)",
      "no (?:changes|decisions?|new (?:tools|software|vendors|projects|spend))", 'nothing (?:new|happens|will happen|is happening|changes)',
    ),
    window: 8,
    veto: stems('(?:monday|tuesday|wednesday|thursday|friday)', 'tomorrow', 'next week', 'this week', 'at \\d', "o'clock"),
  },
  {
    // "nobody has time to learn a new system right now"
    topic: stems('time', 'bandwidth', 'capacity', 'cycles', 'headcount'),
    stance: /(?!)/g,
    inherent: /(?<![\w'])(?:nobody|no one|no|don't|doesn't|do not|does not|haven't|hasn't)(?: (?:really|currently|even|actually|just))?(?: (?:has|have|got))?(?: (?:the|any|enough|much|spare|extra))*(?= (?:time|bandwidth|capacity|cycles|headcount)\b)/g,
    window: 1,
    require: stems('(?:right )?now', 'at the moment', 'this (?:quarter|year|month|season|semester)', 'to (?:learn|evaluate|take on|look at|implement|roll (?:\\w+ )?out|onboard|switch|change|migrate)'),
    veto: stems('today', 'this (?:call|meeting|afternoon|morning)', 'for (?:it|that|this) (?:anyway|today)'),
  },
];

const APPROVER =
  "(?:boss\\w*|ceo|cfo|coo|cto|cio|ciso|vp|svp|evp|directors?|owners?|partners?|board|council|committee|superintendent|principal|leadership|management|procurement|finance|exec\\w*|founders?|president|head of \\w+|gm|manager|higher[- ]ups?|chairman|trustees|regional|corporate|headquarters|hq)";

/** objection.authority: an approver x a decision word. */
export const AUTHORITY: readonly TopicStance[] = [
  {
    topic: stems(`(?:my|our|the|his|her|their) (?:\\w+ ){0,2}?${APPROVER}`),
    stance: stems(
      'decid\\w*', 'decisions?', 'sign(?:s|ed)? (?:off|on)', 'sign-?off', 'approv\\w*', 'final (?:say|word|call)', '(?:his|her|their) call', 'sell (?:it |this |that |\\w+ )?to',
      'run (?:it|this|that) by', 'in the room', 'weigh in', 'buy-?in', 'on board', 'say so', 'blessing', 'green ?light', 'veto\\w*', 'votes?', 'voting',
      'okay', 'ok', 'convinc\\w*', 'persuad\\w*', 'present (?:it|this|that)', 'pitch (?:it|this|that)', 'signature', 'signs? (?:anything|contracts?|the)', 'balk', 'push back', 'take (?:it|this|that) to', 'go(?:es)? (?:through|to|before)',
    ),
    inherent: stems('say no', "(?:won't|wouldn't|will never) (?:go for|approve|sign|agree)"),
    window: 6,
    veto: stems('already (?:approved|signed|on board)', 'approved (?:it|this|the)', 'gave (?:us )?the', 'signed off', 'loves?', 'excited'),
  },
];

/** A memoised test of a kind's specs on a segment's text (look-back rules re-ask the same texts). */
export function generalLayer(specs: readonly TopicStance[]): (text: string) => boolean {
  return memoByText((text) => specs.some((s) => hasTopicStance(text, s)));
}
