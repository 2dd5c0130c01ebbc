/**
 * objection.timing: the customer defers. "Not a priority right now", "maybe next quarter",
 * "circle back after the holidays", "let me think about it", "just send me an email".
 * A concrete date ("let's talk Thursday") is a next step, not a deferral.
 */
import { defineRule } from './define-rule.ts';
import { cueMoments, type CueRuleSpec } from '../text/cue-moment.ts';
import { phrases } from '../text/find-cue.ts';
import { generalLayer, TIMING } from '../text/general-layer.ts';

const VAGUE_LATER =
  '(?:next (?:quarter|year|fiscal(?: year)?|budget(?: cycle)?|month|cycle|spring|summer|fall|autumn|winter|half)|in (?:a|one|another) (?:year|quarter|few months|couple (?:of )?months)(?: or (?:so|two))?|(?:a|one) (?:year|quarter|few months) from now|after (?:labor day|memorial day|thanksgiving|christmas|easter|spring break|tax season|year[- ]end|(?:\\w+ ){0,2}?(?:season|break|conference|show|expo|retreat|rush|peak|close|cutover|go-live|busy period))|after (?:the |our |this )?(?:holidays|new year|quarter|summer|break|reorg|re-org|migration|launch|merger|audit|q[1-4]|busy season|budget|renewal|conference|holiday|end of|first of|dust settles|fiscal)|in (?:a few|a couple(?: of)?|several|two|three|four|six|\\d+) (?:weeks|months|quarters)|(?:later|early) (?:this|next|in the) (?:year|quarter|month)|(?:in )?q[1-4]|in the (?:new year|spring|summer|fall|autumn|winter|future)|down the (?:road|line)|some ?(?:point|time|day)|at a later (?:date|time|point|stage)|when (?:things|we|it) (?:calm|settle|slow|quiet)|once (?:we|things|the|i|i\'ve|we\'ve|i have|we have|they|they\'ve) \\w+|(?:in|after|until|till|around) (?:early |late |mid-?)?(?:january|february|march|april|june|july|august|september|october|november|december)|later(?: on)?(?: this year)?$|in (?:the )?new year)';
const DEFER =
  '(?:circle back|talk|chat|speak|reach back out|get back in touch|follow back up|come back to (?:this|it|you)|revisit|reconnect|touch base|talk again|pick (?:this|it) (?:back )?up|follow up|get back to (?:this|it|you)|reach out|check back|check in|look at (?:this|it) again|look into (?:this|it)|reassess|re-?evaluate|hold off(?! on (?:signing|going|moving|committing|renewing) with)|wait|pause|park (?:this|it)|table (?:this|it)|push (?:this|it|things|that)(?: out| back)?|punt|defer|postpone|revisit this|try (?:me|us) again|call (?:me|us)(?: back)?|ping (?:me|us))';
const THINKER =
  "(?:give (?:me|us)(?: \\w+){0,4}? to|let me|let us|i need to|i'll need to|we need to|need to|i want to|we want to|i'd like to|we'd like to|need (?:some )?time to|give (?:me|us) (?:some )?time to|i have to|we have to|i'll|we'll|i'm going to|we're going to|gonna|going to|i'd have to|we'd have to|have to|want to|wanna)";

const spec: CueRuleSpec = {
  kind: 'objection.timing',
  severity: 'warning',
  speaker: 'customer',
  general: generalLayer(TIMING),
  cues: [
    {
      // round 2 classes: ask me later, nothing moves until after an event, can't until the fiscal year, sit with it, a zoo, just send the email
      polarity: 'inherent',
      re: phrases(
        `ask (?:me|us) (?:again )?(?:in|after|next|around|come|closer to|at the end of)\\b`,
        `nothing(?:'s| is| will be| gets)? (?:moving|happening|going to (?:move|happen)|gonna (?:move|happen)|changes?|getting done|starts?) (?:until|before|till)`,
        `(?:can't|cannot|won't|couldn't|not able to|unable to)(?: \\w+){1,6}? until (?:then|after|the (?:new |next )?(?:fiscal|budget|calendar|school) year|next (?:year|quarter|month|fiscal|budget)|(?:january|february|march|april|may|june|july|august|september|october|november|december)|the (?:spring|summer|fall|autumn|winter)|q[1-4])`,
        `(?:let me|i(?:'d| would)? (?:want|need|like) to|i'll|i'm going to|i gotta|i have to) (?:just )?(?:sit|chew|mull) (?:with|on|over) (?:it|this|that)|sit with (?:it|this|that) for a (?:bit|while|few days|week)`,
        // round 3: nothing new before a date or in a busy stretch, a freeze, a slow review, wait and see what you do first
        `(?:not|won't|wouldn't|(?:doesn't|don't|didn't) want to|no way (?:we're|i'm) (?:going to|gonna)) (?:be )?(?:starting|start|migrating|migrate|changing|change|switching|switch|touching|touch|moving|move|taking on|take on|adding|add|rolling out|roll out|implementing|implement|buying|buy)(?: [\\w-]+){0,4}? (?:before|until|till|in the middle of|during|mid-\\w+)\\b`,
        `(?:frozen|froze|freeze|freezing|paused|pausing)(?: \\w+){0,2}? (?:all |any )?(?:new )?(?:software|spend|spending|purchases|purchasing|projects|vendors|tools|contracts)\\b|(?:software|spending|hiring|purchasing|budget|vendor) freeze`,
        `(?:let's|let me|we'll|i want to|we want to|i'd like to|we'd like to) see (?:what|how) (?:[\\w']+ ){1,8}?first\\b`,
        `(?:is|'s|are|'re) (?:a zoo|a madhouse|a circus|nuts|insane|slammed|swamped|buried)|just send (?:me )?(?:the |an? )?(?:email|info|information|details|deck|stuff|something)(?= ?[.!]|$)`,
      ),
    },
    {
      re: phrases(
        `not (?:the |a )?(?:right|good|great|best|ideal) (?:time|timing|moment)`,
        `not (?:right now|now|at the moment|at this (?:time|point|stage)|this (?:quarter|year|month)|for (?:a while|now|this year|this quarter))`,
        `timing (?:just |really |honestly |simply )?(?:isn't|is not|'s not) (?:\\w+ )?(?:right|great|ideal|good|there)|timing (?:is|'s) (?:off|bad|tough|tricky|not great|terrible|awful)`,
        `(?:isn't|is not|'s not|not|no longer|less of a|not really a|not a top|not high on (?:our|the|my)) (?:a |the |our |my )?(?:top |high |big |main )?priorit(?:y|ies)(?: list)?`,
        `(?:lower|low) priority|on the back ?burner|backburner|(?:other|competing|different|higher|bigger) priorities|bigger fish to fry`,
        `(?<!\\b(?:they|he|she|it|who|managers|staff|people|guys|folks|drivers|techs|nurses|teachers) )(?:don't|do not|doesn't|does not) have (?:the )?(?:bandwidth|capacity|time(?! to (?:chase|answer|track|call|check|update|fix|reconcile|enter|follow up on|go through) (?:the|all|every|each|them|those))|resources|cycles|headcount)|no (?:bandwidth|capacity|cycles)`,
        `not ready (?:yet|to|for)|(?:too|a bit|still) early (?:for us|to (?:commit|decide|buy|sign|say|move))`,
        `not until (?:next|after|q[1-4]|the new year|we|our)`,
        `(?:need|needs|want|take|give (?:me|us)) (?:some |a little |a bit of |more )?time to (?:evaluate|discuss|review|regroup|decide|digest|think|consider|look (?:at|into|over)|talk (?:it )?over)`,
        `not interested (?:right now|at the moment|at this (?:time|point|stage)|for now|this (?:year|quarter))`,
        `(?:can't|cannot|couldn't) (?:really )?(?:focus on|look at|think about|take on|deal with|get to|prioriti[sz]e)(?: \\w+){0,3}? (?:until|before|till)\\b`,
        `(?:don't think|doubt|not sure) (?:we'd|we would|we'll|we will|we're going to|we can) (?:do|buy|change|sign|switch|move on|commit to|start) (?:anything|this|it|that)(?: \\w+){0,3}? (?:before|until|till|this (?:year|quarter|month))\\b`,
        `contract(?: with \\S+)?(?: \\w+){0,3}? (?:doesn't|does not|won't|isn't|is not) (?:end|expire|run out|up|over)(?: \\w+)? (?:until|till)`,
        `(?:let's|let me|we'll|we want to|i want to|we'd like to) see how (?:\\w+ ){0,5}?(?:go|goes|turn out|turns out|shake out|shakes out|play out|plays out)(?: first)?`,
        `(?:it's|this is|that's) (?:a |just )?(?:really |very |super |crazy |pretty |an? )?(?:busy|hectic|crazy|bad|tough|difficult) (?:time|period|season|stretch|month|quarter)`,
        `(?:maybe|probably|perhaps) (?:after|once|when) (?:the|our|we|things|this|that)`,
        `(?:can't|cannot|won't|couldn't) (?:go live|launch|switch|change (?:\\w+ )?|start|roll (?:it |this )?out|implement|migrate|onboard)(?: \\w+){0,3}? (?:between|during|until|till|before|in the (?:middle|run-?up))\\b`,
        // capacity and priority: "a lot on our plate right now", "three other projects ahead of this", "not on our roadmap this year"
        `(?:a lot|too much|so much|a ton|plenty|lots|enough) (?:\\w+ )?on (?:our|my|the team's) plates?|(?:full|packed) plate|plates? (?:is|are) (?:\\w+ )?full|(?:a lot|too much|so much|a ton|lots) (?:going on|to (?:deal with|handle|juggle|take on))(?: \\w+)? (?:right now|at the moment|this (?:year|quarter|month)|these days)|(?:at|over) capacity|maxed out|spread (?:too )?thin`,
        `(?:projects?|priorities|initiatives|things|items) (?:\\w+ ){0,2}?(?:ahead of|in front of|before) (?:this|it|you|yours)(?: in (?:the|our) (?:queue|line))?|not (?:on|in) (?:our|the|my|this year's) (?:\\w+ )?(?:roadmap|radar|plan|plans|agenda|budget) (?:for |this |right )`,
        `not in a (?:position|place|spot) to(?: \\w+){1,5}? (?:right now|this (?:year|quarter|month)|at the moment|yet|until|now|currently|for now)`,
        `(?:next[- ]year|next[- ]quarter|next[- ]fiscal|later[- ]in[- ]the[- ]year|down[- ]the[- ]road|someday|future|q[1-4]) (?:thing|project|conversation|item|problem|initiative|discussion|purchase|decision)`,
        `(?:need|needs|want|'ll need|will need|give (?:me|us)) (?:a |some |a few |a couple(?: of)? |another |more )(?:\\w+ )?(?:days|weeks|months|time)(?: \\w+){0,4}? (?:before|to (?:think|decide|digest|mull|process|review|look|consider|talk|discuss))`,
        `(?:need|needs|have|has|want|got|trying) to (?:finish|wrap up|complete|get through|close out|sort out|settle|land|get past|survive|get done with) (?:\\w+ ){0,5}?(?:first|before)|(?:just )?trying to (?:get|make it) (?:through|past) (?:\\w+ ){0,3}?(?:holidays|season|quarter|year|month|close|audit|launch|migration|renewal|busy period|rush|crunch|summer|winter|christmas|conference|merger|move|transition)`,
        `put a pin in (?:it|this|that)|(?:on|put (?:it|this|that) on) (?:the )?(?:shelf|ice)|shelve (?:it|this|that)`,
        `not in (?:a|any|that much of a|much of a) (?:rush|hurry)|no (?:rush|hurry)|(?:i'll|we'll|i will|we will) (?:reach out|call you|get in touch|let you know|be in touch|circle back) (?:if|when|once|whenever) (?:there's|we|anything|something|things|it)`,
        // "I can't change systems in the middle of that"
        `(?:can't|cannot|couldn't|can not|won't be able to|not going to|no way (?:we|i) (?:can|could)) (?:\\w+ ){0,3}?(?:in the middle of|until after|while we(?:'re| are))`,
        // "our budget isn't set until May", "nothing can really happen before July"
        `(?:isn't|is not|aren't|are not|won't be|not) (?:\\w+ )?(?:set|final|finalized|approved|available|decided|released|freed up|happening) (?:until|till|before)|nothing(?:'s| is)? (?:new )?(?:going to|can|will|is going to|would|gets?|is)(?: \\w+)? (?:happen|funded|approved|bought|signed|purchased|started|move|moves) (?:before|until|till)`,
      ),
      polarity: 'inherent',
    },
    {
      // a slow process ahead: "and that takes months", "it'll still take them a while"
      form: 'statement',
      polarity: 'inherent',
      re: phrases(
        `(?:that|it|this|which|they|review|process|approval)(?:'ll| will| would| could| can| is going to)(?: still)? take (?:them |us |a good )?(?:months|a while|forever|ages|a long time|half a year|a year|(?:several|a few|a couple of|many|six) months)\\b`,
        `(?:review|process|approval|procurement|legal|that|which) (?:usually |always |typically )?takes (?:them |us |a good )?(?:months|a while|forever|ages|a long time|half a year|a year|(?:several|a few|a couple of|many|six) months)\\b`,
      ),
    },
    {
      re: phrases(
        `(?:bad|terrible|tough|tricky|busy|crazy|hectic|awkward) (?:time|timing|moment|quarter|season|period|stretch) (?:for us|right now|to|at)`,
        `${DEFER}(?: \\S+){0,6}? ${VAGUE_LATER}`,
        `(?:maybe|probably|perhaps|possibly|likely|realistically) (?:not )?(?:until |till |before |in |by |around )?${VAGUE_LATER}`,
        `(?:next|following) (?:quarter|year|fiscal year) at the earliest`,
        `${THINKER} (?:\\w+ ){0,2}?(?:think (?:about it|it over|this over|about this|on it|on this|things over|about everything)|mull (?:it|this|things) over|sleep on (?:it|this)|digest (?:this|it|everything|all this|all of this)|take (?:some time|a few days|a week|a beat|a step back)|reflect (?:on|a bit)|chew on (?:it|this)|process (?:this|it|everything|all this)|have a think|give it (?:some )?(?:thought|more thought))`,
        `(?:just |please |can you |could you |why don't you |maybe )?(?:send|email|shoot|drop) (?:me|us) (?:an? )?(?:quick )?(?:email|e-mail|note|info|information|some (?:info|information|details|materials?|literature|stuff|reading)|something (?:over|in writing)|something)(?! (?:with (?:the )?(?:contract|proposal)|by|on (?:monday|tuesday|wednesday|thursday|friday)))`,
        `just (?:send|email|shoot) (?:me|us|it|over|something)(?! (?:the |your |an? )?(?:\\w+ )?(?:agreement|contract|proposal|order form|quote|paperwork|redlines?))|put (?:it|something|everything) in (?:an email|writing)|(?:email|e-mail) (?:me|us) (?:the |some )?(?:info|information|details|something|a summary)`,
        `(?<!(?:she's|he's|they're|she is|he is|they are) )(?:swamped|slammed|underwater|stretched (?:too )?thin|heads?[- ]down|buried|drowning)|(?<!(?:were|was|been) )(?:too|really|super|very|crazy|insanely) busy(?! (?:all|last|this past))`,
        `in the middle of (?:a |an |our |the |this )?(?:\\w+ing\\b|(?:\\w+ )?(?:migration|reorg|re-org|restructur\\w+|merger|acquisition|launch|rollout|transition|implementation|audit|hiring freeze|busy season|peak season|season|budget (?:cycle|planning)|planning|fiscal year|year|quarter|contract|move))`,
        `(?:send|email|shoot|drop|forward|mail) (?:it|that|this|something|them|those|me (?:something|that|it|the \\w+)|the (?!(?:\\w+ )?(?:contract|proposal|agreement|order form|quote|paperwork|redlines?|msa|sow|invoice|po)\\b)\\w+) (?:over|along|through|my way|to me)(?: \\w+){0,2}?,? (?:and )?(?:i'll|i will|we'll|i can|i'd|and i) (?:\\w+ )?(?:take a look|have a look|look|read|check|go through|get to|glance)`,
        `(?:i'll|i will|i can|i'd be happy to|happy to|we'll) (?:\\w+ )?(?:pass|forward|send|share|circulate|hand) (?:it|this|that|them|those|the (?:\\w+ )?(?:info|information|details|deck|materials?|brochure|email|link|one-pager)) (?:along|on|around)`,
        `(?:look|read|review|check|go through|get to|glance)(?: \\w+){0,4}? when (?:i|we) (?:get|have|find|can)(?: (?:a|some|the))?(?: (?:chance|minute|moment|sec|second|time|free))?`,
        `hold off(?! on (?:signing|going|moving|committing|renewing) with)|put (?:this|it|things|everything) on hold|on hold|(?:pause|pausing|park|parking|table|tabling) (?:this|it|things|the evaluation|everything|the conversation)`,
        `wait (?:until|till|for) (?:next|after|the|q[1-4]|our|budget)`,
        `(?:still|just) (?:exploring|researching|looking around|browsing|kicking (?:the )?tires|gathering (?:information|info|options|quotes|proposals)|in (?:the )?(?:early|research|discovery|exploratory) (?:stages?|phase))`,
        `after the holidays|in the new year|down the road`,
        // "we need to get through our year-end close first"
        `(?:get|got|getting) (?:through|past) (?:our |the |this )?(?:\\S+ ){0,2}?(?:close|audit|launch|migration|season|quarter|renewal|reorg|re-org|rollout|busy period|crunch|deadline|freeze|merger)(?: \\S+){0,3}? first`,
        // "locked into a contract until June", "under contract through March"
        `(?:locked|tied|stuck|committed) (?:in|into|to)(?: \\S+){0,6}? (?:until|till|through|for (?:another|the next))|under contract (?:until|till|through)`,
      ),
    },
  ],
};

export default defineRule({ kind: spec.kind, evaluate: (ctx) => cueMoments(spec, ctx) });
