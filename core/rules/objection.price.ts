/** objection.price: the customer pushes back on price, budget, cost or asks for a discount. */
import { defineRule } from './define-rule.ts';
import { cueMoments, type CueRuleSpec } from '../text/cue-moment.ts';
import { phrases } from '../text/find-cue.ts';
import { generalLayer, PRICE } from '../text/general-layer.ts';

const TOPIC = '(?:price|prices|pricing|cost|costs|quote|number|numbers|rate|fees?|license fees?|subscription|investment|spend|per[- ]seat(?: cost| price)?)';
const INTENSE = '(?:too|so|very|really|pretty|quite|a (?:bit|little)(?: too)?|kind of|awfully|super|way too|extremely|rather|fairly)';
const PROBLEM = '(?:issue|problem|concern|sticking point|blocker|hurdle|obstacle|dealbreaker|deal breaker|challenge|question mark)';

const spec: CueRuleSpec = {
  kind: 'objection.price',
  severity: 'warning',
  speaker: 'customer',
  general: generalLayer(PRICE),
  cues: [
    {
      // round 2 classes: a raise that won't fly, every dollar spoken for, a big swing, stuck on the number, funding cut, extra money unexplained, can't get close to a rival's number
      polarity: 'inherent',
      re: phrases(
        `(?:not going to|not gonna|won't|isn't going to|doesn't|does not|will not) fly[,;:]?(?: \\S+){0,14}? (?:percent|more|dollars|bucks|price|increase|hike)`,
        `every (?:dollar|penny|cent)(?: \\w+){0,3}? (?:has a job|is spoken for|is accounted for|is allocated|counts)|(?:budget|money|funds?)(?:'s| is| are) (?:already )?(?:spoken for|allocated|committed|earmarked)`,
        `(?:a )?(?:big|huge|real|major) (?:swing|jump|leap|step up|hit)(?: for (?:us|a \\w+ (?:our|my) size|our budget))?`,
        `(?:stuck|hung up|stumbling block|sticking point|snag)(?: \\w+){0,3}? (?:is |on |with |over )?the (?:number|price|cost|quote)|the (?:number|price|cost)(?:'s| is) (?:where (?:we're|we are) stuck|the (?:problem|issue|sticking point|hang-?up))`,
        `(?:grant|budget|funding)s? (?:was|were|got|has been|have been|is being) (?:cut|slashed|reduced|frozen)`,
        `what the (?:extra|additional|increased|new) (?:money|cost|charge|fee|amount)s? (?:was|were|is|are) for`,
        `(?:can't|cannot|won't|don't) (?:get|come) (?:close to|near|down to|within \\w+ of) (?:that|their|it|them)`,
        // round 4 classes: the cost is what's wrong, a reaction to an amount, a rival aggressive on price, priced for someone bigger, paying for what they do for free
        `(?:not|isn't|is not|wasn't) the (?:problem|issue|concern|sticking point)[,;.]? (?:it's|it is|it was|the problem is|the issue is) (?:the |our |your |that |this )?(?:[\\w-]+ ){0,3}?(?:price|pricing|cost|costs|fees?|rate|number|bill|subscription|charge)\\b`,
        `(?:it's|it is|that's|that is|it was) (?:mostly|mainly|really|just|all|purely|basically|entirely|largely|more) (?:about )?(?:the )?(?:price|pricing|fees?)\\b`,
        `(?:number|price|pricing|quote|bill|invoice|increase|renewal|fee|figure|amount|total)s? (?:was|were|is|came as|came in as|has been) (?:a bit of |quite |a real |a big |a |an |something of |kind of |a little bit of |a little )*(?:surprise|shock|jolt|eye-opener|wake-up call|gut punch)`,
        `(?:hard|tough|bitter|big|difficult) pill to swallow|(?:nearly|almost|practically) (?:fell|fall|falls) off (?:his|her|my|their|our) chairs?|jaws? (?:dropped|hit the floor)`,
        `aggressive (?:on|with|about) (?:price|pricing|cost)|undercut(?:ting|s)? (?:you|your|us|the)`,
        `(?:is|'s|are|'re|was|be) priced for\\b`,
        `for (?:something|a thing|stuff|what|a job) (?:i|we) (?:\\w+ ){0,2}?(?:do|handle|get|manage|run)(?: \\w+)?(?: myself| ourselves)? (?:for free|free|at no cost)|(?:when|if) (?:i|we) (?:can )?(?:do|get|handle) (?:it|that|this) (?:myself |ourselves )?(?:for free|free)`,
        `(?!curve)\\w+(?:'s| is| are|'re) (?:still |a bit |a little |pretty |really |way |quite |kind of |kinda |awfully )*(?:steep|pricey|spendy|hefty)\\b(?! (?:learning|curve|climb|hill|slope|drop))`,
      ),
    },
    {
      re: phrases(
        `${INTENSE} (?:expensive|pricey|costly|steep|high|much money|rich for (?:us|our blood)|spendy)`,
        `(?:that's|it's|that is|it is|this is|seems|sounds|feels) (?:a bit |way |just |simply |still )?too much(?! (?:work|effort|time|change|hassle|to take on|going on))`,
        `${TOPIC}(?: \\w+){0,3}? (?:is|are|'s|seems?|looks?|feels?|sounds?|was|came in|comes in|would be|will be)(?: \\w+){0,2}? (?:high|higher|steep|hefty|a lot|too much|more than|out of|above|over|beyond|a stretch|tough|hard to swallow|through the roof|excessive|crazy|insane|ridiculous)`,
        `(?:price|pricing|cost|costs|money|budget|spend|fees?|tiers?|overages?|plan)(?:'s| is| are| was| will be| would be| remains| could be)? (?:\\w+ )?(?:an? |the |our )?(?:big |real |main |major |biggest |key |huge |serious )?${PROBLEM}`,
        `(?:concerned|worried|nervous|hesitant|uneasy) (?:about|with|over) (?:the )?(?:price|pricing|cost|costs|budget|spend|fees?|investment)`,
        `budgets?(?: (?:for|on)(?: \\w+){1,2}?)?(?: (?:is|are|'s|was|were|has been|have been|got|just got)|'s) (?:\\w+ ){0,2}?(?:tight|limited|frozen|cut|slashed|gone|spent|allocated|maxed|exhausted|locked|constrained|capped|stretched|small|committed|tapped)`,
        `(?:tight|limited|small|shrinking|frozen|reduced|smaller) budgets?`,
        `budget (?:freeze|cuts?|constraints?|restrictions?|pressure|crunch|is tight)`,
        `(?:over|above|beyond|outside|exceeds?|blows?|(?<!(?:come|comes|coming|came|paid|pay|funded|taken|take) )out of) (?:our|the|my) (?:\\w+ )?(?:budget|price range|range)`,
        `(?:discount|discounts|discounting|price (?:cut|reduction|break|match)|better (?:price|deal|rate|number|pricing|offer|terms)|lower (?:price|rate|number|tier)|(?:wiggle |any |some )?room (?:on|in|with) (?:the )?(?:price|pricing|cost|number)|flexib\\w* (?:on|in|with|around) (?:the )?(?:price|pricing|cost|rate|number)|come down (?:on|in|a bit|a little|at all|any)|bring (?:the|that|it) (?:\\w+ )?down|sharpen (?:your|the) pencil|meet (?:us|me) (?:somewhere )?in the middle|do (?:any )?better (?:on|than) (?:the |that |this )?(?:price|number|quote|that))`,
        `(?:it's|they're|that's|theirs is|it is|they are) (?:a lot |much |way |a bit |quite a bit )?cheaper`,
        `(?:is|are|was|'s|much|way|lot|bit|be) cheaper(?! than (?:hiring|building|doing|a (?:new |full[- ]time )?hire|an? (?:extra|new|additional)|what we))|cheaper (?:option|alternative|tool|vendor|solution|plan|provider)s?|something cheaper`,
        `(?:quoted|offered|charges?|charging|costs?|came in|comes in) (?:us |me )?(?:at )?(?:a lot |way |much |quite a bit |significantly |a bit |about half |half )?(?:less|lower|cheaper|under (?:you|your))`,
        `(?:higher|more|steeper|pricier) than (?:what |i |we )?(?:\\w+ ){0,6}?(?:expect(?:ed|ing)?|budget(?:ed|ing)?|plan(?:ned|ning)?|anticipat(?:ed|ing)|hop(?:ed|ing)|figur(?:ed|ing)|thought|thinking|imagin(?:ed|ing)|pictur(?:ed|ing)|bargain(?:ed|ing) for|ready for|prepared for|wanted to (?:hear|spend|pay))\\b`,
        `waive (?:the |your |that )?(?:\\w+ )?(?:fee|fees|cost|charge|minimum)`,
        `(?:hoping|looking|aiming|thinking) (?:more )?(?:for |of )?(?:something )?(?:more )?(?:closer to|more like|nearer|under|below|less than|in the range of)`,
        `(?:current|existing|old|other) (?:\\w+ )?(?:provider|vendor|supplier|tool|platform|system)s? (?:only )?(?:charges?|costs?|is cheaper|was cheaper|is less)`,
        `(?:we'd|we would|we'll|we will|we're|i'd|i'll) (?:be )?pay(?:ing)? more\\b`,
        `(?:more|higher) than (?:our|what our|the|what the) (?:\\w+ ){0,2}?(?:charges?|costs?|pays?|quoted|charged)`,
        `(?:my|our|the) budget (?:for (?:this|that|it) )?(?:is|was|'s) (?:only |just |more like |closer to |around |about |really )?(?:\\$ ?\\d|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)`,
        `adds? up to (?:more|a lot|quite a bit|way more|real money)|adds? up (?:fast|quickly)`,
        `(?:price|prices|pricing|cost|costs|fees?|rate) (?:went|has gone|have gone|goes|is going|keeps going|jumped|increased|doubled)(?: up)?\\b`,
        // "the sticking point is the per-recruiter price"
        `${PROBLEM}s?(?: \\w+){0,2}? (?:is|was|would be|'s|remains) (?:the |our |your |really |just )?(?:\\S+ )?(?:price|pricing|cost|costs|budget|fees?|number|rate|quote)\\b`,
        // "could you get the per-recruiter number under a hundred?"
        `(?:get|bring|drop|knock|take|push) (?:the |that |this |your |it )(?:\\S+ )?(?:price|number|cost|rate|fee|quote)? ?(?:down|under|below|lower)\\b`,
        `(?:is that|that's|is this|this is|that is) (?:really )?(?:the|your) (?:best|lowest|final|bottom) (?:you can do|price|offer|number|line)`,
        `more than (?:we|i)(?:'re| are| were)? (?:\\w+ )?(?:paying|spending|expected|budgeted|planned|anticipated|pay|paid|spend|wanted|hoped|can|could|were (?:hoping|expecting|thinking|planning))`,
        `(?:that's|it's|that is|it is|is) (?:a lot|quite a lot|a ton|a big number|a big ask|a lot of money|real money|serious money|a big jump|a huge jump|a big increase|a steep increase|double|twice)(?! (?:\\w+er|more|less|better|worse|easier|faster|simpler|nicer)\\b)`,
        `(?:over|above|beyond|more than) (?:what|anything) (?:we|i)(?:'d| had| have)? (?:\\w+ )?(?:planned|budgeted|expected|anticipated|had in mind|were (?:thinking|expecting|hoping|planning)|wanted to (?:spend|pay)|can (?:spend|pay))`,
        `(?:do|go|move|sharpen) (?:anything|something|any(?:thing)? more|better|lower|any lower)(?: else)? (?:on|with|for) (?:the |your |that |this )?(?:\\S+ )?(?:price|pricing|cost|number|fee|fees|quote|rate)`,
        `(?:any|some) (?:flexibility|wiggle room|room to move)(?: (?:there|on (?:that|this|it)|at all))?(?= ?[?.!,]|$)`,
        `(?:paying|spending|pay|spend) (?:this|that|so|too|way too) much(?! (?:time|effort|energy|of (?:our|my|the) time))|(?:why|what) (?:are )?we(?:'re| are)? paying (?:for|so)`,
        `(?:price|cost|pricing) (?:increase|hike|jump)`,
        `(?:twice|double|triple|three times|2x|3x) (?:what|the price|as much)`,
        `sticker shock|break the bank|priced (?:us )?out|money is tight|cash is tight|cash[- ]strapped|tight on (?:money|budget|cash)|(?:price|cost)[- ](?:sensitive|conscious)`,
        `(?:hard|difficult|tough|tricky) to justify(?: (?:the |that |this )?(?:price|cost|spend|expense|investment|number))?`,
        // a target below the number: "hoping to land somewhere under forty", "thinking more along the lines of half that"
        `(?:hoping|expecting|thinking|looking|aiming|budgeting|figuring|picturing|targeting|wanting)(?: \\w+){0,4}? (?:closer to|more like|nearer|under|below|less than|along the lines of|in the (?:\\w+ ){0,4}?(?:range|ballpark|neighbou?rhood)|(?:around )?half (?:that|of that|what|the)|a fraction of)`,
        `(?:need|needs|have|has|had)(?: it| that| this| the \\w+)? to (?:be|come in|get|land|come down to) (?:\\w+ )?(?:more like|closer to|under|below|less than|around half)`,
        `(?:a |such a )?(?:big|huge|large|sizable|significant|hefty|serious) (?:chunk|ask|outlay|hit|check|cheque|line item)(?: of (?:money|change|our \\w+))? for (?:us|me|a|an|our|the|what)`,
        `(?:is|'s|that's|it's|that is|it is) (?:a lot|a bunch|plenty|quite a bit|steep|much|a big number) for (?:us|a (?:\\w+ ){0,2}(?:our|this) size|a (?:small|little|tiny) \\w+|an? (?:\\w+ )?(?:organization|company|team|shop|firm|practice|business|nonprofit|non-profit|office|district|school|clinic|charity))`,
        `every (?:dollar|penny|cent|pound|euro)(?: \\w+)? (?:counts|matters|we|is)|watch(?:ing)? (?:every|our) (?:penny|pennies|dollar|cent|nickel)|pinch(?:ing)? (?:pennies|every)|shoestring(?: budget)?|(?:money|cash|funds|funding|budgets?|finances|margins)(?:'s|'re| is| are| has been| have been| was| were| remains?)(?: \\w+){0,2}? (?:tight|thin|scarce|limited|stretched|lean|short|squeezed|constrained|slim)`,
        `(?:north of|upwards of|well (?:over|above|beyond)|past|above|over|beyond|more than) what (?:we|i)(?:'d| had| have| were| was)? (?:\\w+ )?(?:had in mind|have in mind|pictured|were picturing|can (?:spend|pay|do|justify)|could (?:spend|pay|do|justify))`,
        `(?:for )?(?:a )?fraction of (?:the|that|your|what you) (?:price|cost|charge)|(?:elsewhere|somewhere else) for (?:less|half|cheaper|a lot less)|for (?:less|half|cheaper) (?:elsewhere|somewhere else)`,
        `meet (?:us|me) (?:somewhere )?(?:halfway|at|around|closer|on (?:price|the price|that)|in the middle)`,
        `(?:that|it|this|those|that number|that figure|that price|the number)(?:'s| is| feels| seems| sounds| looks)(?: (?:a bit|a little|kinda|kind of|pretty|really|way|very|quite|awfully|rather))? (?:steep|hefty|pricey|rich|spendy)`,
        `(?:that|it|this|those|that number|that figure|the number) (?:feels|seems|sounds|looks)(?: (?:a bit|a little|kinda|kind of|pretty|really|way|very|quite|awfully|rather))? high`,
        `(?:the )?(?:limit|max(?:imum)?|ceiling|top|upper end|top end|edge) of (?:what (?:we|i) (?:can|could)|our (?:budget|range))`,
        `(?:budget|spend)(?: \\w+){0,3}? (?:is|'s|was) (?:\\w+ )?(?:smaller|less|lower) than (?:that|this|your|the)`,
        `(?:a |an )?(?:hard|tough|difficult|harder|tougher|big) sell`,
        `(?:hard|tough|difficult|impossible) to (?:sell|justify|get (?:past|through)) (?:to|past|with) (?:my|our|the) (?:\\w+ )?(?:partners?|boss|board|owners?|cfo|ceo|finance|leadership|management|controller|treasurer)`,
        `(?:(?:need|want|have) to (?:see|know|be sure|be convinced)|not sure|unsure|doubt|don't know if|question whether)(?: \\S+){0,6}? worth the (?:extra|premium|difference|upcharge|money|price|cost|increase)`,
        `(?:price|cost|pricing|fee|fees|number)(?: \\w+){0,3}? (?:is|'s|are|was|would be)(?: \\w+)? (?:a |the )?(?:non-?starter|deal-?breaker|deal-?killer|roadblock|stumbling block)`,
      ),
    },
    { re: phrases(`(?:expensive|pricey|overpriced|costly)`), form: 'statement' },
    {
      re: phrases(
        `(?:can't|cannot|can not|couldn't|could not|can no longer|won't be able to|unable to|not able to) (?:\\w+ )?(?:justify|swing|stomach) (?:it|that|this|the (?:price|cost|spend|number)|paying|spending|the spend)`,
        `(?:wasn't|isn't|is not|was not|not) (?:in (?:the|our) budget|budgeted)`,
        `(?:didn't|did not|haven't|have not|hadn't) budget(?:ed)? for`,
        `no (?:\\w+ )?(?:budget|money|funds|funding)(?! (?:issue|problem|concern))(?: left| for| this| right)?`,
        `not cheap|isn't cheap|aren't cheap`,
        `(?:not there|not quite there|far apart|still apart|(?:a|some) (?:\\w+ )?gap|still off) (?:yet )?(?:on|with|in) (?:the )?(?:price|pricing|number|cost|terms)`,
        `pay(?:ing)? (?:for )?(?:two|both|twice|double) (?:systems|tools|platforms|vendors|licenses|subscriptions)`,
        `(?:pay|paying|spend|spending|fork(?:ing)? out|shell(?:ing)? out) (?:that|this) (?:much|kind of money)`,
        `(?:can't|cannot|couldn't|won't|wouldn't|not|never|nowhere) (?:\\w+ ){0,3}?(?:anywhere )?(?:near|close to) (?:that|this|those|the|your) (?:number|price|figure|amount|quote|numbers|pricing)|(?:get|go|come|be) anywhere (?:near|close to) (?:that|this|those|the \\w+|your \\w+)(?! (?:volume|size|scale|level|many|number of))|(?:tough|hard|big|scary|painful|ugly|steep|hefty|high|difficult) (?:number|figure|price ?tag|quote)s?(?! (?:of|to (?:beat|hit)))`,
        `(?:struggl\\w+|hard[- ]pressed|hard|tough|difficult) (?:\\w+ )?to (?:find|come up with|scrape together|free up|pull together) (?:\\w+ ){0,3}?(?:money|budget|funds|funding|cash|dollars)`,
        `(?:not sure|unsure|don't know|don't think|doubt|not convinced|hard to see)(?: \\S+){0,6}? (?:at|for) (?:that|this|those|the|your) (?:price|price point|pricing|cost|money|number|rate|figure)`,
        `(?:won't|wouldn't|will not|would not|not going to|never|don't think|doubt)(?: \\w+){0,3}? go for (?:that|this|the|those|your) (?:price|number|figure|amount|quote|rate|cost|pricing)`,
        `(?:numbers?|math|maths|economics|pricing|price|cost|budget)(?: \\w+)? (?:don't|doesn't|do not|does not|won't|wouldn't|just don't) (?:really |quite )?(?:work|add up|make sense|pencil out|stack up|fit)`,
        `budgets?(?:'s| is| are)?(?: \\w+){0,2}? (?:won't|will not|doesn't|does not|can't|cannot|wouldn't|isn't going to) (?:\\w+ )?(?:stretch|cover|allow|extend|reach|go that far)`,
      ),
      polarity: 'inherent',
    },
    { re: phrases(`afford(?:ed|ing)?`, `(?:have|got|there's|there is|find|get|with) (?:the |any |enough |much |a |that |the kind of |that kind of |this kind of |that much )?(?:budget|money|funds?|funding|dollars)(?! (?:issue|problem))`), polarity: 'negated' },
  ],
};

export default defineRule({ kind: spec.kind, evaluate: (ctx) => cueMoments(spec, ctx) });
