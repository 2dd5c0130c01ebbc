/**
 * objection.need: the customer is happy with the status quo or sees no value
 * ("we're happy with what we have", "spreadsheets work fine", "I don't see the value").
 */
import { defineRule } from './define-rule.ts';
import { cueMoments, type CueRuleSpec } from '../text/cue-moment.ts';
import { phrases } from '../text/find-cue.ts';

const STATUS_QUO =
  "(?:spreadsheets?|excel|sheets|google sheets|a spreadsheet|(?:our|the) (?:current |existing |old |manual |own )?(?:process|processes|system|setup|set-up|tool|tools|way|approach|team|stack|workflow|crm|solution|method|notes|spreadsheet|playbook)|what we (?:have|use|do|got|already have)|the way we do (?:it|things)|how we do (?:it|things)|it's been|that's been|manual (?:process|notes|reviews?)|(?:our|the) (?:old|current|existing) way|what we've got|what's in place|our current setup)";

const spec: CueRuleSpec = {
  kind: 'objection.need',
  severity: 'warning',
  speaker: 'customer',
  cues: [
    {
      // round 2 classes: not losing sleep over it, nobody sees a reason to replace what works, fine with the way they do it, barely use it, not looking to add a tool
      polarity: 'inherent',
      re: phrases(
        `(?:wouldn't say|don't think|doesn't|does not|don't|not something that|never|hardly) (?:it |that |this )?(?:really |exactly )?(?:keeps?|kept) (?:me|us|anyone|anybody) up at night|(?:nobody(?:'s| is)|no one(?:'s| is)|not|never|don't|doesn't|isn't|aren't) (?:really )?(?:los(?:e|ing)|lost) (?:any |much )?sleep`,
        `(?:no|nobody|no one|don't|doesn't|do not|does not)(?: \\w+){0,2}? sees? (?:a |any |the |much )?(?:reason|need|point|case) (?:to|for) (?:replace|replacing|change|changing|switch|switching|touch|touching)|replac(?:e|ing) something that works|clunky,? but (?:it )?works|(?:still |basically )?works,? and (?:nobody|no one)`,
        `(?:fine|happy|good|okay|ok|comfortable|content) with (?:what|how|the way) (?:they|the team|our \\w+|people|everyone) (?:do|does|did|have|handle|work)`,
        `(?:the ones?|the \\w+s) (?:we've got|we have|we use|we already have)(?: \\w+)? (?:work|works|do the job|are fine|is fine)(?: fine| okay| great| well)?`,
        `(?:don't|doesn't|do not|can't) (?:really )?see what (?:it|this|that|you|your \\w+) (?:does|do|adds?|gives?|brings?) (?:for|to)`,
        `(?:barely|hardly|rarely|never really|don't really|do not really|seldom) (?:even )?(?:use|open|log into|need)\\b`,
        `(?:not|isn't|aren't) looking (?:to add|for|to bring on|to take on) (?:another|a new|any|more|one more)(?: \\w+)? (?:tool|system|platform|app|software|vendor|thing)`,
        // round 3: what they have never fails, why would we need both, the fix is something other than software
        `(?:hasn't|has not|haven't|have not|has never|have never|never) (?:once )?(?:crashed|failed|let (?:us|me) down|broken down|gone down|missed a beat)(?= ?[.!,;]|$| (?:once|on us|yet|in|since|for))`,
        `why (?:do|would|should|'d) (?:we|i) (?:even )?need (?:both|two|another|a second|a new one|yours|you|it|this|that|one more)\\b`,
        `(?:answer|fix|solution) is (?:[\\w-]+ ){0,6}?not (?:more |another |a new |new |a )?(?:software|tool|app|system|technology|tech|platform)\\b|,? not (?:more|another|new) (?:software|tools?|systems?|apps?|platforms?)(?= ?[.!,;]|$)`,
      ),
    },
    {
      re: phrases(
        `(?:happy|satisfied|content|fine|good|okay|ok|comfortable|all set|set|pleased) with (?:what|how|the way) (?:we|things)`,
        `(?:happy|satisfied|content|comfortable|pleased|fine|good) with (?:our|the|my) (?:current|existing|present|own)`,
        `(?:happy|satisfied|content|comfortable|pleased) with (?:our|the) (?:setup|process|system|tool|tools|solution|stack|vendor|approach|way|workflow)`,
        `(?:we're|we are|i'm|i am|things are|we've been|we have been|we feel|we're feeling) (?:\\w+ ){0,2}?(?:fine|good|okay|ok|all set|covered|set|doing fine|doing okay|doing ok|doing well|managing|squared away|sorted|taken care of) (?:as is|for now|with (?:what|our|the)(?! (?:price|pricing|cost|terms|number|quote|proposal|contract|timeline|plan|idea|approach|demo|trial|pilot|security|discount|offer))|on that front|in that (?:area|department|regard)|on (?:that|this|our end|our side))`,
        `(?:we've got|we have got|we have|we got|we've)(?: already)? (?:that|this|it|all (?:of )?that|that side|that part|that piece) (?:pretty |well |fully |mostly |already )?(?:covered|handled|sorted|taken care of|under control|nailed down|figured out|dialed in|locked down)`,
        `(?:does|do|did|covers?|handles?|gives us|has|already has)(?: \\w+)? (?:everything|most|all|ninety percent|the bulk|90 percent|what) (?:of )?(?:(?:what|that) )?(?:we|i) (?:really |actually )?(?:need|want|use|require)(?! to)`,
        `(?:it|they|which|that|this one|the old one)(?: still| really| honestly| mostly)? (?:gets|get|does|do) the (?:job|trick)(?: done)?`,
        `(?:fine|good|okay|ok|works?|working) (?:just )?(?:the way|how|as) (?:it|they|things) (?:is|are|stand)`,
        `more than (?:what )?(?:we|i) (?:really |actually )?need(?! to)`,
        `${STATUS_QUO}(?: \\w+){0,3}? (?:works?|working|worked|does the job|does the trick|do the job|do the trick|gets the job done|get the job done|is fine|are fine|is good enough|are good enough|is enough|are enough|serves? us|has served us|have served us|handles? (?:it|that|most|all|everything|what|the \\w+)|covers? (?:it|that|most|all|everything|what|the \\w+)|does (?:most|all|everything|what)|suffices?|is sufficient|are sufficient)(?! (?:anymore|any more))`,
        `(?:nice|good)[- ]to[- ]have`,
        `(?:fine|happy|good|ok|okay|content|satisfied) (?:with|using) (?:our |the |using |just |plain )?(?:spreadsheets?|excel|google sheets|email|paper|pen and paper|what we have|what we've got)`,
        `(?:our|the) (?:current|existing|old|present) (?:\\w+ ){1,2}?(?:works?|work okay|is fine|are fine|does the job|do the job|gets the job done)\\b`,
        `works (?:okay|ok|fine|well enough|alright) for us`,
        `(?:overkill|over-kill)|too (?:much|big|complex|heavy|advanced|robust|sophisticated) for (?:us|a team|our (?:size|needs|team|use case))`,
        `if it ain't broke|if it isn't broken|status quo|always done it (?:this|that) way|manage (?:fine|okay|ok|just fine) with`,
        `(?:what's|what is|where's|where is) the (?:roi|value|benefit|point)(?: (?:for us|here|of this|in this))?`,
        `(?:too small|too early|too new) (?:for|to need) (?:this|something like|a tool|a platform|that)`,
      ),
    },
    {
      re: phrases(
        `(?:don't|do not|doesn't|does not|can't|cannot|struggle to|struggling to|fail to|failing to) (?:\\w+ )?see (?:the|much|any|a lot of|enough|real|a) (?:\\w+ )?(?:value|need|point|benefit|roi|use case|upside|reason|case)(?! (?:in|of) (?:waiting|delaying|holding))`,
        `(?:don't|do not|doesn't|does not) (?:really |actually |even |necessarily |think we |think i |see (?:us|ourselves) )?(?:need|needing|want|using) (?:this|it|a (?:tool|solution|platform|product|system) like (?:this|that|yours)|something like (?:this|that|yours)|another (?:\\w+ )?(?:tool|platform|system|solution|product)|anything (?:new|else|like (?:this|that))|more (?:software|tools))`,
        `no (?:real |actual |pressing |urgent |immediate |big |burning |obvious )?(?:need for (?:this|it|a|another|that|something)|use case|pain(?: points?)?|problem(?:s)? (?:with|to solve|there)|reason to (?:change|switch|move|buy))`,
        `not (?:sure|convinced|certain|clear|seeing) (?:we|i|that|it|this|how|why|what)(?: \\w+){0,3}? (?:need|worth|would help|helps|fits|adds|makes sense|value|solves?|useful|relevant|for us|move the needle)`,
        `not (?:convinced|sold)|not (?:a|really a) (?:must|need)[- ]to[- ]have|not (?:a |really a |much of a |that big of a |that much of a )?(?:pain|pain point)`,
        `(?:don't|do not|doesn't) (?:really )?have (?:that|this|a|any|the|much of a) (?:\\w+ )?(?:problem|issue|pain|challenge)`,
        `(?:don't|do not|doesn't|can't|cannot) (?:really |quite )?see (?:what|which|how|why) (?:problem|value|difference|benefit|this|it|that|you)(?: \\w+){0,3}? (?:solves?|adds?|helps?|changes?|would|fixes|does for us|gives us)`,
        `(?:it's|it is|that's|they're|nothing's|nothing is) not (?:like )?(?:it's |they're )?broken|(?:isn't|is not|aren't|ain't) broken`,
        `(?:don't|do not) (?:really )?think (?:\\w+ ){1,6}?(?:would|will|'d|'ll) (?:actually |really )?(?:use|want|need|adopt|bother with) (?:it|this|that|an? \\w+|something like)`,
        `not (?:sure|convinced|certain) (?:it's|it is|that's|that is|this is|it'd be|it would be) worth`,
        `tried (?:something|this|it|a tool|one|that)(?: like (?:this|that|yours|it))? (?:before|already|in the past|last year|a while (?:ago|back))(?: \\w+){0,4}? (?:didn't|did not|never|wasn't|doesn't) (?:work|stick|take|help|pan out|go anywhere)`,
        `(?:don't|do not|can't|cannot) (?:really )?see (?:why|how) (?:we|we'd|we would|i|i'd|you'd) (?:\\w+ )?(?:need|use|want|buy|benefit)`,
        `not worth (?:it|the (?:money|effort|switch|hassle|cost|change|disruption|investment))`,
        // getting by without it: "we're doing okay without it", "we've gotten by without it for twenty years"
        `(?:we|we've|we have|we'd|i) (?:\\w+ )?(?:get|got|gotten|getting) by|(?:manag\\w+|doing|do|did|done|survived?|surviving|lived?|living|gotten along|got along|get along) (?:\\w+ ){0,2}?without (?:it|this|that|one|them|something like (?:this|that)|a (?:\\w+ )?(?:tool|system|platform|app|software)|any (?:\\w+ )?(?:software|tool|system))|without (?:much|any|a lot of|too much) (?:trouble|issue|problem|hassle|difficulty|pain|effort|drama)`,
        // nobody is asking for it: "I don't hear many complaints", "our staff aren't complaining"
        `(?:don't|do not|haven't|have not|hasn't|has not|never|rarely|hardly|seldom) (?:\\w+ ){0,2}?(?:hear|heard|get|got|had|have|see|seen|receiv\\w+) (?:\\w+ ){0,3}?(?:complaints?|grumbl\\w+|gripes?|requests? for (?:it|this|that|something like))|(?:nobody|no one|no-one|none of (?:my|our|the) \\w+)(?:'s| is| has| have| ever| really| actually)*(?: \\w+)? (?:complain\\w*|ask(?:ed|ing)? (?:me |us )?for|request\\w*|pushing for|clamou?ring for|screaming for|begging for)|(?:aren't|are not|isn't|is not|haven't been|hasn't been) (?:really |exactly )?(?:complain\\w*|asking for (?:it|this|that|something|anything)|requesting|pushing for|clamou?ring for)`,
        `(?:not|isn't|is not|'s not|aren't|wasn't) (?:really |exactly )?(?:something|anything|a thing|what) (?:that )?(?:we|i)(?:'re| are)? (?:really |actually )?(?:need|want|use|looking for|have a need for|have a use for|require)(?! to)|(?:don't|do not) (?:know|think) (?:that |if )?(?:we|i) (?:really |actually |even )?(?:need|require)(?! to)`,
        `(?:don't|doesn't|do not|does not|wouldn't|won't) (?:really |even |actually )?need (?:a |an |any |the )?(?:software|app|tool|system|platform|program|technology|solution|something|anything)\\b`,
        `(?:not sure|don't think|doubt|not convinced|don't know (?:if|that|whether))(?: \\S+){0,4}? (?:get (?:much|a lot|anything|enough|any value) out of|use (?:it|this|that|half|most|much|all)|would help|it'd help|helps|benefit|solves?|fix(?:es)?|fits?|would fit|adds?|move the needle|make (?:a|much|any) difference)`,
        `(?:don't|can't|do not|cannot) (?:really )?see (?:us|ourselves|my team|the team|our (?:\\w+ )?(?:team|staff|people|guys|folks|users)|them|anyone) (?:\\w+ ){0,2}?(?:using|needing|adopting|getting|benefit\\w*|wanting)|not seeing (?:how|why|what|the (?:need|value|point|benefit))`,
        `(?:doesn't|does not|don't|do not|wouldn't|would not) (?:really )?(?:fit|match|suit) (?:how|the way|what) (?:we|our)`,
        `(?:never|haven't|have not|hasn't|don't|doesn't|do not) (?:really |actually |ever )?(?:had|have|has|run into|seen|experienced|struggled with) (?:\\w+ ){0,2}?(?:problems?|issues?|trouble|pain|headaches?|challenges?) (?:with|there|on|around|in) (?:that|this|it|those)\\b|(?:that's|that is|it's|it is|this is|that isn't|it isn't|this isn't) (?:not )?(?:really |actually |honestly |exactly |much of |that much of |that big of |a )*(?:an? )?(?:problem|issue|pain point|pain|headache|challenge|need) (?:we have|we've had|we're having|we face|we've faced|we've got|that we have|for us right now)`,
        `(?:don't|do not) have (?:enough|the) (?:volume|scale|size|headcount|users|staff|people|business|customers|data|traffic) (?:to need|for|to justify|to warrant)|(?:too small|not big enough|not large enough) (?:for|to need|to justify) (?:this|that|it|something)`,
        `(?:wouldn't|won't|doesn't|does not|would not|will not) (?:really |actually )?(?:move the needle|make (?:a|much of a|enough of a) difference|help (?:us )?much)`,
      ),
      polarity: 'inherent',
    },
  ],
};

export default defineRule({ kind: spec.kind, evaluate: (ctx) => cueMoments(spec, ctx) });
