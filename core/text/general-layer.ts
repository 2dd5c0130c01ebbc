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
  'figures?', 'price ?tags?', 'price points?', 'tiers?', 'renewal (?:price|quote|number|increase)', 'uplift', 'cheque', 'outlay', 'expense',
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
      // reactions to a number: "made a few of them wince", "made my CFO's eyes water", "a bit of a shock"
      'winc\\w*', 'flinch\\w*', 'gasp\\w*', 'cring\\w*', 'chok\\w*', '(?:eyes|eye) water\\w*', 'jaw drop\\w*', 'scar(?:e|es|ed|y|ing)', 'shock\\w*', 'spooked', 'nervous', 'hesitant',
      'worr(?:y|ies|ied)', 'concern(?:s|ed)?', 'balk\\w*', 'baulk\\w*', 'sticking point', 'non-?starter', 'deal-?(?:breaker|killer)', 'roadblock', 'stumbling block', 'hang-?up',
      'holding (?:us|me|things|it) (?:back|up)', 'standing in the way', 'adds? up', 'north of', 'upwards of', 'a big (?:chunk|ask|hit|jump|number|outlay)', 'a (?:huge|large|sizable|significant|real) (?:chunk|ask|hit|jump|outlay)',
      '(?:hard|tough|difficult|tricky|impossible) to (?:get (?:past|through|by|approved)|explain|defend|push through|get behind)', 'hard sell', 'dent', 'bite',
    ),
    inherent: stems(
      "(?:can't|cannot|couldn't|won't be able to|not able to|unable to) (?:\\w+ )?(?:afford|justify|swing|stretch|do|go|pay|spend|get)",
      "(?:don't|doesn't|won't|wouldn't|didn't) (?:\\w+ )?(?:fit|have (?:that|the|enough)|budget)", 'not (?:in|within) (?:the|our|my)',
      "(?:no|not enough|isn't any|aren't any) (?:\\w+ )?(?:budget|money|funds?)", 'say no',
      "(?:don't|doesn't|do not|does not|won't|wouldn't|can't) (?:really |quite |just )?(?:work|add up|make sense|pencil out|stack up|fit|stretch|cover|reach|go that far)",
      "(?:struggl\\w+|hard[- ]pressed|hard|tough|difficult) (?:\\w+ )?to (?:find|come up with|scrape together|free up|pull together|justify|get)",
      "(?:can't|cannot|couldn't|don't|do not) (?:really )?see (?:us|me|them|anyone|my \\w+|our \\w+) (?:paying|spending|approving|signing off on|going for)",
    ),
    window: 6,
    veto: stems(
      'sav(?:e|es|ed|ing|ings)', 'roi', 'pays? for itself', 'fair', 'reasonable', 'competitive', 'in line', '(?<!(?:n\'t|not|never)(?: really| quite| just)? )works? for (?:us|me)', 'fine', 'no brainer', 'value',
      // time and effort are not money: "we spend way too much time on data entry", "that cost us real deliveries"
      '(?:spend|spends|spending|spent|cost|costs|costing|pay|paying) (?:\\w+ ){0,4}?(?:time|hours|days|weeks|effort|energy|attention|deliveries|customers|clients|sales|deals|orders|jobs|sleep)',
      '(?:old|previous|last|former|prior) (?:\\w+ )?(?:vendor|provider|system|tool|supplier|platform|company) (?:was|were|charged|kept)',
    ),
  },
  {
    // Requests are objections in question form too: "could you bring the number down?"
    topic: stems(...MONEY),
    stance: stems(
      'lower(?:ed)?', 'bring (?:\\w+ ){0,2}down', 'come down', 'cheaper', 'discount\\w*', 'better (?:deal|price|rate|number)', 'flexib\\w*', 'wiggle', 'knock \\w+ off', 'shave',
      'drop(?:ped|s)?', 'reduc(?:e|ed|ing)', 'trim(?:med)?', 'waiv(?:e|ed|ing)', 'meet (?:us|me)', 'sharpen', 'break on', 'deal on', 'do (?:anything|something|better)', 'give (?:us|me) (?:a )?(?:break|deal)', 'throw in', 'match',
    ),
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
      'wind(?:ing)? down', 'phas(?:e|ing) out', 'sunset\\w*', 'let (?:\\w+ ){0,2}(?:lapse|expire|run out)', 'get rid of', 'off (?:the|this|your)', 'go month[- ]to[- ]month',
      'find (?:a |an )?(?:replacement|alternative)', 'reconsider\\w*', 'rethink\\w*', 'walk(?:ing)?',
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
  '(?:in|for) (?:a|one|another) (?:year|month|quarter|while|bit)', 'or so', 'from now', 'closer to', 'around (?:our|the) (?:renewal|budget|end)',
  'after (?:\\w+ ){0,2}?(?:season|day|break|conference|show|expo|event|meeting|retreat|rush|peak|close|launch|cutover|go-live|holidays?|summer|winter)',
  'when (?:things|it|we|work|business) (?:\\w+ )?(?:calm|slow|settle|quiet)\\w*', 'when (?:i|we) (?:get|have|find) (?:a |some )?(?:chance|minute|moment|sec|second|time)', 'when (?:i|we) can',
];

/** objection.timing: defer verbs x a vague future horizon; no capacity. */
export const TIMING: readonly TopicStance[] = [
  {
    topic: stems(...HORIZON),
    stance: stems(
      'wait\\w*', 'hold(?:ing)? off(?! on (?:signing|going|moving|committing|renewing) with)', 'push(?:ing|ed)? (?:\\w+ )?(?:out|back)', 'delay\\w*', 'postpon\\w*', 'revisit\\w*', 'paus(?:e|ing)',
      'tabl(?:e|ing)', 'park(?:ing)?', 'circle back', 'reach (?:back )?out', 'check back', 'come back', 'touch base', 'reconnect', 'pick (?:this|it|things) (?:back )?up',
      'follow up', 'get back to', 'shelv\\w*', 'defer\\w*', 'sit on', 'on hold', 'punt',
      'ping', 'call (?:me|us)', 'try (?:me|us)', 'check in', 'keep (?:you|it|this|that|your \\w+) in mind', 'take a (?:\\w+ )?look', 'have a look', 'look (?:at|into|over) (?:it|this|that)',
      'talk', 'chat', 'speak', 'circle', 'revisit', 'see where (?:things|we) (?:are|stand)', 'decid(?:e|ing)', 'decisions?', 'commit\\w*', 'think about',
    ),
    inherent: stems(
      "(?:not going to|won't|can't|cannot|couldn't|wouldn't|don't|aren't going to|not (?:looking|planning|trying|able|ready|in a position) to|no (?:plans|appetite|intention) to) (?:\\w+ ){0,2}?(?:make|making|do|doing|change|changing|buy|buying|sign|signing|start|starting|move|moving|look(?:ing)? at|commit(?:ting)?|decid(?:e|ing)|add(?:ing)?|tak(?:e|ing) on|spend(?:ing)?|touch(?:ing)?|consider(?:ing)?|evaluat\\w+|switch(?:ing)?|replac\\w+|invest\\w*|bring(?:ing)? on|roll(?:ing)? out)",
      "no (?:changes|decisions?|new (?:tools|software|vendors|projects|spend))", 'nothing (?:new|happens|will happen|is happening|changes)',
    ),
    window: 8,
    form: 'any',
    veto: stems(
      '(?:monday|tuesday|wednesday|thursday|friday)', 'tomorrow', 'next week', 'this week', 'at \\d', "o'clock",
      'after (?:this|the|our|today\'s) (?:call|meeting|demo|session)', '(?:go|be|get) live', 'up and running', 'rolled out', 'in place',
    ),
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
  "(?:boss\\w*|ceo|cfo|coo|cto|cio|ciso|vp|svp|evp|directors?|owners?|partners?|board|council|committee|superintendent|principal|leadership|management|procurement|finance|exec\\w*|founders?|president|head of \\w+|gm|manager|higher[- ]ups?|chairman|trustees|regional|corporate|headquarters|hq|treasurer|controller|comptroller|chair(?:man|woman|person)?|dean|administrat\\w+|commissioners?|elders|ownership|head office|parent company|purchasing|accounting|governance)";

/** objection.authority: an approver x a decision word. */
export const AUTHORITY: readonly TopicStance[] = [
  {
    topic: stems(`(?:my|our|the|his|her|their) (?:\\w+ ){0,2}?${APPROVER}(?:'s)?`, "(?:corporate|headquarters|hq|head office|upper management|senior management|ownership|procurement|purchasing|finance)(?= (?:has|have|needs?|must|would|will|'ll|'d|wants?|is|are|gets?|makes?|signs?|approves?|decides?))"),
    stance: stems(
      'decid\\w*', 'decisions?', 'sign(?:s|ed)? (?:off|on)', 'sign-?off', 'approv\\w*', 'final (?:say|word|call)', '(?:his|her|their) call', 'sell (?:it |this |that |\\w+ )?to',
      'run (?:it|this|that) by', 'in the room', 'weigh in', 'buy-?in', 'on board', 'say so', 'blessing', 'green ?light', 'veto\\w*', 'votes?', 'voting',
      'okay', 'ok', 'convinc\\w*', 'persuad\\w*', 'present (?:it|this|that)', 'pitch (?:it|this|that)', 'signature', 'signs? (?:anything|contracts?|the)', 'balk', 'push back', 'take (?:it|this|that) to', 'go(?:es)? (?:through|to|before)',
      '(?:final|last|ultimate) (?:say|word|call|decision|sign-?off|approval)', 'say-?so', 'purse ?strings', 'go-?ahead', 'the nod', 'rubber[- ]stamp',
      '(?<=\'s )(?:call|choice|say|decision|baby|budget|department)', 'in the loop', 'on the (?:\\w+ )?call', 'want(?:s)? to (?:see|know|understand|review|hear|compare)', 'asking (?:whether|if)', 'question(?:ing|s)? (?:whether|if|the)', 'scrutini[sz]\\w*', 'sit in', 'involved', 'sign (?:it|this|that|the \\w+)', 'clear (?:it|this|that)', 'vet\\w*',
    ),
    inherent: stems('say no', "(?:won't|wouldn't|will never) (?:go for|approve|sign|agree)"),
    window: 6,
    veto: stems('already (?:approved|signed|on board)', 'approved (?:it|this|the)', 'gave (?:us )?the', 'signed off', 'loves?', 'loved', 'excited', '(?:is|are|\'s|\'re|was|were) (?:all |fully |already |totally )?(?:on board|bought in|involved)'),
  },
];

const SENSITIVE =
  "(?:patient|student|pupil|client|customer|employee|staff|personal|financial|health|medical|cardholder|card|donor|member|guest|tenant|family|families'|visitor|user|sensitive|confidential|private|proprietary|payroll|banking|legal|case|children's|kids')";
const HANDLING = [
  'stor(?:e|ed|es|ing|age)', 'host(?:ed|s|ing)?', 'process(?:ed|es)', 'encrypt\\w*', 'protect\\w*', 'secur(?:e|ed|ing)', 'safeguard\\w*', 'access(?:ed|ible)?',
  'who (?:can|could|would|will|gets to) (?:see|view|read|touch)', 'leav(?:e|es|ing)', 'stay(?:s|ing)?', 'resid\\w*', 'back(?:ed)? up', 'delet\\w*', 'wip(?:e|ed|ing)', 'purg\\w*',
  'retain\\w*', 'retention', 'breach\\w*', 'leak\\w*', 'expos\\w*', 'sold', 'sell(?:s|ing)?', 'ownership', 'who owns', 'what happens to', 'where', 'offshore', 'overseas',
  'abroad', '(?:on|off) (?:our|your|the) (?:network|servers?|premises|site)', '(?:in|inside|outside|out of) the (?:country|eu|us|uk|building|state|region)', 'third[- ]part\\w*', 'cloud',
];

/** objection.security: sensitive data x how it is kept ("what happens to our data if we leave", "how do you store the visitor information?"). */
export const SECURITY: readonly TopicStance[] = [
  {
    topic: stems(`${SENSITIVE}(?: \\w+)? (?:data|records|files|information|info|details|addresses|numbers|histor(?:y|ies)|notes|documents)`),
    stance: stems(...HANDLING, 'handl(?:e|ed|es|ing)', 'kept', 'keep', 'us(?:e|ed|ing)', 'go(?:es)?'),
    inherent: stems('leav(?:e|es|ing)', 'go(?:es|ing)? (?:offshore|overseas|abroad)'),
    window: 5,
    form: 'any',
    veto: stems('import\\w*', 'migrat\\w*', 'entry', 'export\\w*', 'sync\\w*', 'dashboards?', 'analy\\w*', 'clean\\w*', 'accura\\w*', 'insights?', 'spreadsheets?', 'excel', 'manually', 'by hand', 'paper'),
  },
  {
    topic: stems('(?:(?:our|the|their|my|your|this|that|all (?:the|our|of our|that)|any|customer|client)(?: \\w+)? )?(?:data|phi|pii)'),
    stance: stems(...HANDLING),
    window: 4,
    form: 'any',
    veto: stems('import\\w*', 'migrat\\w*', 'entry', 'export\\w*', 'sync\\w*', 'dashboards?', 'analy\\w*', 'clean\\w*', 'accura\\w*', 'insights?', 'spreadsheets?', 'excel', 'feeds?', 'driven', 'points?', 'quality'),
  },
];

/** A memoised test of a kind's specs on a segment's text (look-back rules re-ask the same texts). */
export function generalLayer(specs: readonly TopicStance[]): (text: string) => boolean {
  return memoByText((text) => specs.some((s) => hasTopicStance(text, s)));
}
