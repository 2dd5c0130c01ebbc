/** objection.authority: the customer needs someone else's sign-off ("I'd need to run it by my VP", "not my call"). */
import { defineRule } from './define-rule.ts';
import { cueMoments, type CueRuleSpec } from '../text/cue-moment.ts';
import { phrases } from '../text/find-cue.ts';
import { generalLayer, AUTHORITY } from '../text/general-layer.ts';

const DECIDER_ROLE =
  "(?:boss|bosses|manager|vp|svp|evp|vice president|director|head(?: of \\w+)?|c[a-z]{1,2}o|ciso|founders?|owners?|board|leadership(?: team)?|execs?|executives?|exec team|executive team|procurement|purchasing|legal|finance|partners?|committee|buying committee|lawyers?|attorneys?|management|higher[- ]ups?|superiors?|chief \\w+ officer|president|gm|general manager|general counsel|counsel|controller|budget holder|decision[- ]makers?|powers that be)";
/** A role, optionally with its remit: "VP of sales", "head of IT", "director of operations". */
const DECIDER = `${DECIDER_ROLE}(?: (?:of|for) (?:the )?\\w+)?`;
const SIGN_OFF = '(?:sign (?:off|on|it|this|the)|agree|approve|okay|ok|green ?light|weigh in|bless|buy in|be on board|look at|review|see)';
const WHOSE = "(?:my|our|the|his|her|their)(?: \\w+){0,2}?";

const spec: CueRuleSpec = {
  kind: 'objection.authority',
  severity: 'warning',
  speaker: 'customer',
  general: generalLayer(AUTHORITY),
  cues: [
    {
      // round 2 classes: what the board approved, can't go back to the board, the last signature, a council threshold, the owners want to see both
      polarity: 'inherent',
      re: phrases(
        `(?:board|council|committee|cfo|ceo|owners?|finance|leadership|partners)(?: only)? (?:approved|signed off on|allocated|authorized|budgeted)\\b`,
        `(?:can't|cannot|won't|not going to|couldn't) go back to (?:the|my|our) (?:board|council|committee|cfo|ceo|owners?|boss|finance|partners)`,
        `(?:the )?(?:last|final|only) signature|(?:she|he|they)(?:'s| is| are) the (?:last|final) (?:signature|sign-off|approval|stop)`,
        `(?:go|goes|going|put it|bring it) (?:in front of|before) (?:the )?(?:city |town |county )?(?:council|board|committee|commission)`,
        `(?:the )?(?:owners?|partners|board|bosses) (?:will|'ll) (?:want|need|have) to (?:see|review|meet|approve)|before anyone signs`,
        // round 3: both of us on board, can't take it to the approver, I'll take it to Greg, nothing signed without him,
        // the owners asked me to cut, brief the director first
        `(?:both|all|all of us|the two of us|each of us) (?:have|has|need|needs|got) to (?:be on board|sign off|agree|say yes|be okay|approve|be happy)`,
        `(?:can't|cannot|couldn't|can not|won't be able to) (?:just )?(?:take|bring|go|walk|sell)(?: (?:this|that|it|an? \\w+|"[^"]{1,60}"))?(?: back)? (?:to|into) ${WHOSE} ${DECIDER}`,
        `(?:i'll|i will|let me|i'm going to|i'm gonna|i'd have to|i need to|i have to) (?:take|bring) (?:it|this|that) (?:back )?to (?!(?:the|a|an|my|our|your|you|them|market|heart|lunch|court|bed|completion|production|scale)\\b)[a-z]+(?= ?[.,;!?]|$| (?:and|first|tomorrow|today|this|next|on|at)\\b)`,
        `(?:signed|approved|spent|bought|purchased|agreed)(?: \\w+)? without (?:him|her|them|${WHOSE} ${DECIDER}|(?:the )?(?:board|council|committee|owners?|partners)(?: \\w+)?)\\b`,
        `${WHOSE} ${DECIDER} (?:have |has |had )?(?:already )?(?:asked|told|instructed|directed|ordered) (?:me|us) to (?:cut|reduce|trim|freeze|hold|stop|cancel|pause|drop|find savings|bring (?:costs|spend|it) down|get (?:costs|spend|it) down)`,
        `(?:let me|i'll|i need to|i have to|i'd have to|i want to|i'd want to|i'd rather) (?:first )?brief ${WHOSE} ${DECIDER}`,
      ),
    },
    {
      re: phrases(
        `(?:run|bounce|float|pass|take|bring|escalate|present|pitch|socialize|share|walk) (?:it|this|that|these|them|the (?:\\w+ )?(?:proposal|quote|numbers|pricing|idea|deck|details|contract|deal)|everything|all (?:of )?this)(?: \\w+)? (?:by|past|to|with|up to|in front of) ${WHOSE} (?:${DECIDER}|team)`,
        `(?:need|needs|needed|have to|has to|had to|got to|gotta|would need|will need|must|requires?|require) (?:to )?(?:get |have |secure |obtain )?(?:\\w+ )?(?:sign[- ]?off|approval|buy-?in|the green light|a green light|blessing|the go-?ahead|a go-?ahead|the ok|the okay|consensus|to sign off|to approve|to greenlight)`,
        `(?:need|needs|have to|has to|got to|gotta|would need|will need|must|'d need|'ll need|should|want to) (?:to )?(?:check|confirm|clear|consult|talk|speak|discuss|ask|confer|sync|align|loop in|involve|get|bring in)(?: (?:it|this|that|things))? (?:with |to |in )?${WHOSE} ${DECIDER}`,
        `${WHOSE} ${DECIDER} (?:would|will|needs? to|has to|have to|must|'ll|'d|gets? to|makes?|signs?|owns?|controls?|holds?|decides?|approves?|has (?:the )?final|have (?:the )?final|is the|are the|calls? the|wants? to|will want to|would want to|has to be|is going to|'s going to|are going to)(?: \\w+){0,3}? (?:compare|focus|ask|question|care|scrutini[sz]e|push back|balk|approve|sign|decide|decision|call|say|weigh in|shots|final|veto|off|look|review|okay|ok|green ?light|see|agree|buy in|on board|involved|signer|one)`,
        `(?:final (?:say|decision|call|sign-?off|approval|word)|the (?:decision|call)|sign-?off|signing authority|signature authority|purse strings)(?: is| are| 's| lies| rests| sits| comes| goes| would be| will be| ultimately)?(?: \\w+)? (?:with|up to|from|above|on) ${WHOSE} ${DECIDER}`,
        `(?:it's|it is|that's|that is|that'd be|it'd be|it would be|that would be|ultimately|really)? ?up to ${WHOSE} ${DECIDER}`,
        `(?:go|goes|going|run|has to go|get it|get this) (?:through|via|past) (?:our |the |a )?(?:\\w+ )?(?:procurement|purchasing|legal|finance|process|committee|board|approvals?|approval process|sign-?off)`,
        `(?:committee|procurement|purchasing|board) (?:process|review|approval|meets?|has to|needs? to|will|would)`,
        `(?:above|over|beyond) my pay ?grade`,
        `(?:business case|case|proposal|recommendation|pitch|deck) (?:for|to) ${WHOSE} ${DECIDER}`,
        `(?:would|will|'ll|'d|has to|have to|must|needs? to) (?:go|goes) (?:to|before|in front of) ${WHOSE} (?:\\w+ )?(?:${DECIDER}|committee)`,
        `(?:get|put|bring) (?:it|this|that|them) (?:in front of|to|before) ${WHOSE} ${DECIDER}`,
        `${WHOSE} ${DECIDER}'s (?:decision|call|choice|budget|sign-?off|approval)`,
        `(?:harder|tough|tougher|difficult|hard|awkward) (?:conversation|sell|discussion) with ${WHOSE} ${DECIDER}`,
        `(?:go|goes|going|have to go) out to (?:bid|tender)|(?:do|run|issue|through|go through) an? (?:rfp|rfq|tender|formal bid)`,
        `${WHOSE} (?:\\w+ )?(?:team|department|committee|office) (?:has to|needs to|must|will need to|will have to|would have to) (?:approve|sign off)`,
        `want (?:him|her|them) to (?:look at|see|review|weigh in on|sign off on|approve|okay) (?:it|this|that|the \\w+)`,
        // "I'd need my VP of sales to sign off on anything new"
        `(?:need|needs|needed|get|got|getting|want|wants) ${WHOSE} ${DECIDER} to ${SIGN_OFF}`,
        // "I'd have to bring our VP of operations into the loop", "need to loop in my manager"
        `(?:need to|needs to|have to|has to|got to|gotta|must|should|want to) (?:bring|bringing|pull|pulling|get|getting|loop|looping) (?:in )?${WHOSE} ${DECIDER} (?:in(?:to)? (?:the |this )?(?:loop|conversation|discussion|process|call)|in\\b)`,
        `(?:need to|needs to|have to|has to|got to|gotta|must|should|want to) loop in ${WHOSE} ${DECIDER}`,
        `(?:let me|let us|i'll|we'll|i'd like to|i'd want to|we'd want to) (?:check|confirm|clear|consult|talk|speak|discuss|ask|confer|sync|align) (?:it |this |that |things )?(?:with|to) ${WHOSE} ${DECIDER}`,
        `(?:run|bounce|float|pass|check) (?:it|this|that|the idea)(?: \\w+)? (?:by|past|with) (?:him|her|them)\\b`,
        `${WHOSE} ${DECIDER} (?:approves|signs off on|decides on|controls|owns|holds|sets) (?:all |any |the |our )?(?:\\w+ )?(?:spend|spending|purchases?|budget|contracts?|decisions?|software|technology|vendors?)`,
        // "he signs off on anything with the trucks", "she'd be the one to make the call"
        `(?<!\\b(?:until|once|when|after|before|if|unless) )(?:he|she|they)(?:'d| would|'ll| will|'s| is| are|'re| has to| have to| needs to| need to)? (?:be )?(?:the (?:one|ones|person|people) (?:to|who|that) )?(?:signs? off|approves?|makes? the (?:call|decision|final \\w+)|decides?|has the final (?:say|word|call)|holds the purse strings|signs? the (?:contract|order|po|check|cheque)s?)`,
      ),
    },
    {
      re: phrases(
        `not (?:my|up to me|really my|entirely my|solely my|just my) (?:call|decision|decide)`,
        `not (?:entirely |really |just |solely )?up to me`,
        `(?:i'm|i am) not (?:the|a|really the) (?:\\w+ )?(?:decision[- ]?maker|(?:one|person|guy|people) (?:who|that) (?:decides|makes|signs|approves|picks|chooses)|final say|signer|budget holder|buyer)`,
        `(?:don't|do not|doesn't|can't|cannot|couldn't) (?:\\w+ )?(?:make (?:the |that |this |those |these |final |purchasing |buying )?(?:\\w+ )?(?:decisions?|calls?)|sign (?:off|anything|this|the contract|contracts)|approve (?:this|that|it|purchases|spend|anything))`,
        `(?:don't|do not) have (?:the |final )?(?:authority|sign-?off|say|signing authority)`,
        `(?:don't|do not|doesn't) (?:control|own|hold|manage|set) (?:the |our |this )?budget`,
      ),
      polarity: 'inherent',
    },
  ],
};

export default defineRule({ kind: spec.kind, evaluate: (ctx) => cueMoments(spec, ctx) });
