/**
 * objection.security: the customer raises security, compliance, legal or privacy
 * ("are you SOC 2?", "our security team needs to review", "GDPR", "data residency"),
 * unless the clause clears it ("no concerns on security", "legal already signed off"), or the
 * customer names it only as the gate of a buying question ("if it passes security, how quickly
 * could we start?", a buying_signal).
 */
import { defineRule } from './define-rule.ts';
import { cueMoments, type CueRuleSpec } from '../text/cue-moment.ts';
import { phrases } from '../text/find-cue.ts';
import { analyzeText } from '../text/text-analysis.ts';
import buyingSignal from './buying_signal.ts';
import { generalLayer, SECURITY } from '../text/general-layer.ts';

const spec: CueRuleSpec = {
  kind: 'objection.security',
  severity: 'warning',
  speaker: 'customer',
  general: generalLayer(SECURITY),
  cues: [
    {
      // round 2 classes: data ownership and where it lives, alarms with counsel, a hard no from InfoSec, data sharing agreements, NDAs gating work
      polarity: 'inherent',
      re: phrases(
        `who owns (?:the|our) data|own(?:ership of)? (?:our|the) data|where (?:the|our) data (?:lives|is stored|sits|is hosted|goes|ends up)|data (?:residency|sovereignty)`,
        `(?:set(?:s|ting)? off|rais(?:e|es|ing)|trigger(?:s|ing)?|ring(?:s|ing)?)(?: \\w+)? (?:alarms|red flags|alarm bells)(?: \\w+){0,3}? (?:with|for|at) (?:our |the )?(?:general counsel|legal|counsel|infosec|security|it|compliance|privacy)`,
        `(?:hard|flat|firm|big) no from (?:our |the )?(?:infosec|security|it|legal|compliance|privacy|ciso)`,
        `data (?:sharing|processing|use|protection) agreements?`,
        `(?:until|before|till) (?:the|our|an|a) (?:nda|baa|dpa|confidentiality agreement) (?:is|has been|gets) (?:signed|countersigned|executed|in place)`,
      ),
    },
    {
      re: phrases(
        `soc ?(?:2|ii|two|1|one)|soc-2|iso ?27001|iso 27k|gdpr|hipaa|ccpa|fedramp|pci(?:[- ]dss)?|fisma|data residency|data sovereignty|data processing (?:agreement|addendum)|dpa|baa|business associate agreement`,
        `pen(?:etration)?[- ]?test(?:s|ing)?|vulnerabilit(?:y|ies)|encrypt(?:ed|ion|s)?|infosec|info sec|ciso|(?<!\\b(?:support|supports|include|includes|including|for just|for) (?:our |the |an? )?)(?:sso|single sign-?on)(?! (?:provider|on the \\w+ plan))|audit (?:logs?|trail)|access controls?|data (?:breach|breaches|leaks?)`,
        `security (?:team|review|questionnaire|assessment|audit|concerns?|requirements?|policy|policies|sign-?off|approval|checks?|process|folks|people|department|office|officer|standards?|issues?|risks?|guys|posture|reasons|implications|perspective|angle|side|is (?:a|our|going|huge|big|always|top))`,
        `(?:it|security|legal|compliance|privacy) (?:team|department|folks|people|guys)(?: \\w+)? (?:will|would|needs?|has|have|must|wants?|'ll|'d|is going|are going)`,
        `compliance (?:team|review|requirements?|concerns?|issues?|department|sign-?off|approval|officer|checks?|reasons|standpoint|perspective|side|is)|(?:be |is it |are you |you're |you guys )compliant`,
        `privacy (?:concerns?|policy|review|team|issues?|impact|requirements?|laws?|regulations?|officer|implications|risk)`,
        `legal (?:review|team|department|sign-?off|approval|concerns?|needs|will|would|has to|'ll|is going to|counsel|requirements?|issues?|implications)|(?:our|the) lawyers?|(?:by|through|with|past) legal`,
        `data (?:privacy|protection|retention|security|handling|governance|storage|sovereignty|location)`,
        `where (?:is|are|will|would|does|do) (?:it|that|this|they|everything|all (?:of )?(?:it|that)) (?:be |get |gets )?(?:stored|hosted|processed|kept|located|backed up)`,
        `where (?:is|will|would|does|do) (?:our|the|my|all the|all our|customer) data (?:be )?(?:stored|hosted|live|go|reside|kept|sit|end up|located)`,
        `(?:recording|call recording|two-party|all-party|one-party) consent|consent (?:laws?|requirements?|to record|issues?)|wiretap\\w*`,
        `vendor (?:risk|security) (?:assessment|review|questionnaire|process|team|folks|people)|(?<!\\w)(?:phi|pii|protected health information|personally identifiable information)(?!\\w)|third[- ]party risk|on-?prem(?:ise|ises)?`,
        `(?:eu|european|us|uk) (?:data|hosting|servers?|region|data cent(?:er|re)s?)|(?:data|servers?) (?:in|inside|within) the (?:eu|us|uk)|regulat(?:ed|ory|ors|ions?)|security`,
        `works council|data protection officer|(?:examiners?|regulators?) (?:will|would|'ll|are going to|is going to|look|looks|want|wants|require|requires|need|needs|ask|asks|care|check|checks)|auditors? (?:are|is|will|would|'ll|'re|'s|going to|need|needs|want|wants|require|requires|ask|asks)|compliance|compliant|privacy|sub-?processors?|where (?:\\w+ ){0,3}data (?:is |are |will be |would be |gets |goes |lives )?(?:stored|hosted|kept|located|processed|goes|flows|ends up|lives)`,
        `(?:stay|stays|remain|remains|kept|keep it|hosted|stored|live|lives|reside|resides) (?:in|within|inside) (?:the )?(?:eu|us|uk|europe|country|region)\\b`,
        // who guards the door, and how strictly: "our plant IT is strict about that", "we're careful with anything about families"
        // bare "it" is the pronoun ("it's a tough pill to swallow"): the IT department needs an owner or a role noun
        `(?:(?:our|the|their|plant|corporate|central|group|head office) it\\b|it(?= (?:team|department|folks|people|guys|director|manager|lead|group|staff|admin|person|side))|infosec|security|compliance|legal|privacy|cyber)(?: (?:team|department|folks|people|guys|director|manager|lead|group|staff|admin|person|side))?(?:'s| is| are| will be| would be| has been| have been| can be| gets?)? (?:\\w+ ){0,2}?(?:strict|picky|paranoid|particular|careful|cautious|nervous|touchy|sensitive|protective|conservative|stringent|fussy|tough|a stickler|twitchy|jumpy|skittish|wary)\\b`,
        `(?:strict|picky|paranoid|particular|careful|cautious|nervous|touchy|protective|stringent|fussy|twitchy|jumpy|skittish|wary) (?:about|with|around|when it comes to) (?:anything (?:about|involving|with|that touches) |who (?:sees|can see|has access to) |where )?(?:\\w+ )?(?:data|privacy|security|access|information|records|the cloud|third part\\w*|passwords|logins|families|patients|students|clients'|customers')`,
        `certifi(?:cations?|ed|cate)|attestations?|audit reports?|security (?:docs|documentation|package|whitepaper|overview|questionnaire)|whitepaper|breach(?:es|ed)?|hack(?:ed|ers?)(?! (?:together|up|around|on))|ransomware|malware|cyber ?(?:attacks?|incidents?)|(?:it|security) (?:director|manager|lead|admin|guy|person) (?:will|would|needs?|has|must|wants?|'ll|'d|is going)`,
      ),
      defusable: true,
    },
    {
      // "anywhere that isn't HIPAA compliant": the negation is the concern
      re: phrases(
        `without (?:a |an |the |our |your |some )?(?:security|compliance|legal|privacy|infosec|it|vendor) (?:review|sign-?off|approval|assessment|check|questionnaire)`,
        `(?:isn't|is not|aren't|are not|wasn't|not|non-?)(?: \\w+){0,2}? (?:compliant|certified|encrypted|secure|hipaa|gdpr|soc ?2)`,
      ),
      polarity: 'inherent',
    },
  ],
};

/**
 * "If it passes security, how quickly could we get started?": a buying question with security
 * as the gate the customer expects to pass, a buying signal rather than a blocker.
 */
const CONDITIONAL_GATE =
  /\b(?:if|once|assuming|provided|as long as|when) (?:(?:it |we |you |this |that |everything |all )?(?:passes|pass|clears|clear|gets through|get through|is approved by|are approved by|signs? off|checks? out|is okay with|is ok with|is fine with)(?: \w+){0,2}? (?:security|legal|compliance|infosec|it|privacy|the (?:security|legal|compliance|privacy) (?:review|team|check))\b|(?:the )?(?:security|legal|compliance|infosec|it|privacy)(?: (?:team|review|folks|people))? (?:signs? off|approves?|clears? it|passes it|is (?:okay|ok|fine|happy)|gives? (?:us )?the (?:green light|go-?ahead|ok|okay))\b)/;

/**
 * Meeting logistics around a security or compliance person or document: "could we get our
 * compliance officer, Raj, on with you Friday?", "send the BAA ahead of time so he can mark it
 * up". Someone joining a call or a document sent before it is not a blocker, unless the turn
 * also voices a concern or a gate.
 */
const ROLE = '(?:compliance|security|infosec|it|legal|privacy|data protection)(?: \\w+)? (?:officer|lead|person|guy|gal|team|director|manager|counsel|folks|people)';
const LOGISTICS = new RegExp(
  [
    `\\b(?:get|bring|have|loop|invite|add|include)\\s+(?:in\\s+)?(?:our|the|my|their)\\s+${ROLE}\\b(?:,?\\s+\\w+,?)?\\s+(?:on|in|into|along|to)\\b`,
    `\\b(?:our|the|my|their)\\s+${ROLE}\\b(?:,?\\s+\\w+,?)?\\s+(?:will|would|can|could|'ll|wants to|is going to)\\s+(?:join|sit in|be on|hop on|come to)\\b`,
    `\\bsend\\s+(?:me\\s+|us\\s+|him\\s+|her\\s+|them\\s+|over\\s+)?(?:the|your|a)\\s+(?:\\w+\\s+){0,2}?(?:baa|dpa|nda|msa|agreement|terms|report|package|docs|documentation|questionnaire|policy|policies)\\s+(?:over\\s+)?(?:ahead of time|in advance|beforehand|ahead of (?:the|our) (?:call|meeting)|before (?:the|our|that) (?:call|meeting))`,
  ].join('|'),
);
const CONCERN = /\b(?:worr(?:y|ied|ies)|concern(?:s|ed)?|nervous|problem|issue|blocker|red flag|until|before we can|won't|can't|require[sd]?|must|strict|hold off)\b/;

export default defineRule({
  kind: spec.kind,
  evaluate(ctx) {
    const seg = ctx.segments[ctx.at];
    if (seg && seg.speaker === 'customer' && LOGISTICS.test(analyzeText(seg.text).lower) && !CONCERN.test(analyzeText(seg.text).lower)) return [];
    if (seg && seg.speaker === 'customer' && CONDITIONAL_GATE.test(analyzeText(seg.text).lower) && buyingSignal.evaluate?.(ctx).length) return [];
    return cueMoments(spec, ctx);
  },
});
