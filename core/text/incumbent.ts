/**
 * Named tools in a customer's speech that are not in the playbook: a capitalised product name
 * after a verb that makes it the incumbent or a rival ("we already use Gong for recordings",
 * "we're still on Procore", "we tried Monday.com last year", "we just renewed with Gong",
 * "a couple of schools have Lexia licenses", "moving to Snowflake", "we're also looking at
 * Acme"). Talk about integrating with a system ("does it sync with Salesforce? we're on
 * Salesforce") is not a rival, nor are meeting and office tools, days, months or "I".
 * Runs on the original text (case matters), so transcripts without capitals find nothing here.
 */
import { analyzeText } from './text-analysis.ts';
import { mayMatchNormalised } from './regex-prefilter.ts';

const NAME = "([A-Za-z][\\w]*(?:[.&'-][A-Za-z0-9]+)*(?:\\s+[A-Z][\\w]*){0,2})";

const PATTERNS: readonly RegExp[] = [
  // "we're on X", "still on X", "been with X for years"
  new RegExp(`\\b(?:we're|we are|we've been|we have been|we were|they're|they are|currently|still|already|been|everyone's|everybody's) (?:(?:currently|still|already|all|mostly|mainly|basically|just) )?on ${NAME}`, 'gi'),
  new RegExp(`\\b(?:already|currently|still|been)(?: work(?:ing)?)? with ${NAME}`, 'gi'),
  // "we use X", "tried X", "renewed with X", "switched from X"
  new RegExp(`\\b(?<!(?:'d|would|could|will|'ll|might|can|to|should)(?: \\w+)? )(?:use|uses|using|used|running|run|runs|deployed|rolled out|tried|did try|did use|trialed|trialled|piloted|renewed with|renewing with|signed with|went with|chose|picked|bought|pay for|paying for|paid for|switched from|moved from|migrated from|moving off|moved off|replaced|licensed|standardi[sz]ed on|invested in|rely on|relying on) ${NAME}`, 'gi'),
  // "looking at X", "moving to X", "got a quote from X"
  new RegExp(`\\b(?:different from|differ from|compare(?:d)? (?:to|with)|comparison (?:to|with)|versus|vs\\.?|better than|cheaper than|switch(?:ing)? from|looking at|look at|looked at|evaluated|considered|demoed|evaluating|considering|comparing|demoing|trialing|trialling|piloting|shortlisted|moving to|move to|moved to|switching to|switch to|switched to|migrating to|migrate to|migrated to|going with|go with|(?:quote|proposal|demo|offer|pitch)s? from|talks with) ${NAME}`, 'gi'),
  // "we're also talking to Outreach" (the "also" makes it a rival, not a colleague)
  new RegExp(`\\b(?:we're|we are|we've been|we have been) also (?:talking|speaking|meeting) (?:to|with) ${NAME}`, 'gi'),
  // "our bookkeeper does payroll in QuickBooks right now", "the contract with Cornerstone"
  new RegExp(`\\b(?:does|do|did|run|runs|handle|handles|manage|manages|keep|keeps|track|tracks|process|processes)(?: \\w+){0,2}? (?:in|on|through|using|via) ${NAME}(?= (?:right now|today|currently|at the moment))`, 'gi'),
  new RegExp(`\\b(?:contract|agreement|subscription|deal) with ${NAME}`, 'gi'),
  // "I record them in Zoom, transcribe them with Otter, and tag everything in Notion"
  new RegExp(`\\b(?:record|records|recorded|transcribe|transcribes|transcribed|tag|tags|tagged|store|stores|stored|log|logs|logged|track|tracks|tracked|manage|manages|managed|keep|keeps|kept|build|builds|built|host|hosts|hosted|schedule|schedules|scheduled|send|sends|sent) (?:them|it|everything|things|all of (?:it|them)|our \\w+|the \\w+) (?:in|with|using|on|through) ${NAME}`, 'gi'),
  // "I was going to move everything to Squarespace"
  new RegExp(`\\b(?:mov(?:e|ing)|switch(?:ing)?|migrat(?:e|ing)|port(?:ing)?|tak(?:e|ing)) (?:everything|it|us|things|all of (?:it|this|them)|them|our \\w+) (?:over )?(?:to|onto) ${NAME}`, 'gi'),
  // "Chorus quoted us less", "Acme offered us a discount"
  new RegExp(`(?:^|[.?!,;]\\s+|\\b(?:and|but|because|since|if|unless|when|whereas) )${NAME} (?:quoted|offered|is offering|gave|charges?|charged|came in|comes in|is cheaper|was cheaper|wants|pitched|is pitching|undercut)\\b`, 'g'),
  // "whatever the Microsoft rep is pitching", "the Gusto salesperson offered us…"
  new RegExp(`\\bthe ${NAME} (?:rep|reps|salesperson|sales rep|sales team|account manager|account exec|guy|people) (?:is |was |has been |keeps )?(?:pitching|offering|quoting|proposing|showing|pushing|offered|quoted|pitched|proposed)`, 'g'),
  // "licences for Asana", "moving thirty clients off Hootsuite", "running everything through Zendesk"
  new RegExp(`\\b(?:have|has|had|got|bought|own|pay for|paying for) (?:\\w+ )?(?:licen[cs]es?|seats|subscriptions?|contract|accounts?) (?:for|with|on|to) ${NAME}`, 'g'),
  new RegExp(`\\b(?:mov(?:e|es|ed|ing)|migrat(?:e|es|ed|ing)|get(?:ting)?|switch(?:ing)?|tak(?:e|ing)|pull(?:ing)?) (?:\\w+ ){1,3}?off (?:of )?${NAME}`, 'g'),
  new RegExp(`\\b(?:run|running|runs|do|doing|does|handle|handling|handles|manage|managing|track|tracking|process|processing|book|booking|schedule|scheduling|put|putting) (?:everything|it all|all of (?:it|this|that|our \\w+)|all our \\w+|our \\w+(?: \\w+)?) (?:through|in|on|with|via|out of) ${NAME}`, 'g'),
  // "Gong does most of this already for us"
  new RegExp(`(?:^|[.?!,;]\\s+|\\b(?:and|but|because|since) )${NAME} (?:already )?(?:does|handles|covers|gives us|takes care of|is doing|works|is working|has worked)(?: \\w+){0,4}? (?:already|for us|for that|today)\\b`, 'g'),
  // General layer: a capitalised name next to a word of having, keeping or trying a tool:
  // "we've got Toast at the registers", "a demo with CaterTrax", "trials with you and Fivetran",
  // "keeping Mindbody for booking", "with Mindbody's branded app".
  new RegExp(`\\b(?:we've got|we have got|we got|we've had|we had|we have|we've|they've got|they have|keep(?:ing)?|kept|stick(?:ing)? with|stay(?:ing)? (?:on|with)|(?:demos?|trials?|pilots?|quotes?|proposals?|calls?) (?:with|from)(?: you and)?|(?:done|did|ran|run) (?:a )?(?:trials?|pilots?|demos?|pocs?) (?:with|of)(?: you and)?) ${NAME}`, 'g'),
  new RegExp(`\\b(?:with|on|from|use|using|via|through) ${NAME}'s (?:\\w+ )?(?:app|platform|tool|system|software|product|plan|suite|module|offering)\\b`, 'g'),
  // "we have X licenses", "our X subscription"
  new RegExp(`\\b(?:have|has|had|bought|pay for|paying for|our|their|the) ${NAME} (?:licen[cs]es?|seats|subscriptions?|contract|accounts?|instance|renewal|rollout)\\b`, 'gi'),
];

export const NOT_A_TOOL: ReadonlySet<string> = new Set(
  [
    'i', "i'm", "i've", "i'd", "i'll", 'it', 'we', 'you', 'they', 'he', 'she', 'the', 'a', 'an', 'that', 'this', 'our', 'your',
    'someone', 'somebody', 'everyone', 'nobody', 'which', 'who', 'what', 'my', 'their', 'his', 'her', 'one', 'another', 'yours', 'and', 'but', 'so',
    'honestly', 'frankly', 'actually', 'well', 'yeah', 'yes', 'no', 'okay', 'ok', 'also', 'then', 'now',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'q1', 'q2', 'q3', 'q4', 'mr', 'mrs', 'ms', 'dr',
    // meeting, office and spreadsheet tools: the call's platform or the status quo, not a rival
    'zoom', 'teams', 'microsoft teams', 'meet', 'google meet', 'excel', 'microsoft excel', 'sheets', 'google sheets', 'google docs',
    // features, roles and standards spelt in capitals: "we have MFA on email", "our CFO"
    'mfa', '2fa', 'sso', 'saml', 'vpn', 'it', 'hr', 'ceo', 'cfo', 'coo', 'cto', 'cio', 'ciso', 'cpo', 'cmo', 'vp', 'soc', 'pci', 'hipaa',
    'gdpr', 'iso', 'api', 'apis', 'sla', 'slas', 'dpa', 'baa', 'nda', 'msa', 'po', 'rfp', 'poc', 'ops',
    'word', 'powerpoint', 'outlook', 'gmail', 'email', 'english', 'spanish', 'french', 'german',
  ],
);

const INTEGRATION = /\b(?:(?:do|does|can|will) (?:you|it) (?:even |also |still )?(?:support|work with|handle|read)|pull(?:s|ed|ing)? (?:\w+ ){0,3}?from|integrat\w*|sync(?:s|ed|ing)? (?:with|to|into)|connect(?:s|ed|ing|or|ors)? (?:to|with|into)|plug(?:s|ged)? (?:in|into)|apis?|export(?:s|ing)? (?:to|into)|import(?:s|ing)? from|talk(?:s)? to each other)\b/i;

/** The first named incumbent or rival tool in `text`, or undefined. */
export function namedIncumbent(text: string): string | undefined {
  const { lower } = analyzeText(text);
  if (mayMatchNormalised(INTEGRATION, lower) && INTEGRATION.test(text)) return undefined;
  const src = text.replace(/[\u2018\u2019\u02bc`]/g, "'");
  for (const re of PATTERNS) {
    if (!mayMatchNormalised(re, lower)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(src); m; m = re.exec(src)) {
      const name = trimName(m[1]);
      if (!/^[A-Z]/.test(name)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      if (/\.(?:com|io|ai|co|app)$/i.test(name)) return name;
      if (!NOT_A_TOOL.has(name.toLowerCase())) return name;
    }
  }
  return undefined;
}

/** Drops a possessive and trailing words that are not capitalised ("HubSpot's" -> "HubSpot"). */
function trimName(raw: string): string {
  const words = raw.split(/\s+/);
  const kept = [words[0]];
  for (const w of words.slice(1)) if (/^[A-Z]/.test(w)) kept.push(w); else break;
  return kept.join(' ').replace(/'s$/i, '');
}
