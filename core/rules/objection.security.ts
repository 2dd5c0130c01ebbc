/**
 * objection.security: the customer raises security, compliance, legal or privacy
 * ("are you SOC 2?", "our security team needs to review", "GDPR", "data residency"),
 * unless the clause clears it ("no concerns on security", "legal already signed off").
 */
import { defineRule } from './define-rule.ts';
import { cueMoments, type CueRuleSpec } from '../text/cue-moment.ts';
import { phrases } from '../text/find-cue.ts';

const spec: CueRuleSpec = {
  kind: 'objection.security',
  severity: 'warning',
  speaker: 'customer',
  cues: [
    {
      re: phrases(
        `soc ?(?:2|ii|two|1|one)|soc-2|iso ?27001|iso 27k|gdpr|hipaa|ccpa|fedramp|pci(?:[- ]dss)?|fisma|data residency|data sovereignty|data processing (?:agreement|addendum)|dpa|baa|business associate agreement`,
        `pen(?:etration)?[- ]?test(?:s|ing)?|vulnerabilit(?:y|ies)|encrypt(?:ed|ion|s)?|infosec|info sec|ciso|sso|single sign-?on|audit (?:logs?|trail)|access controls?|data (?:breach|breaches|leaks?)`,
        `security (?:team|review|questionnaire|assessment|audit|concerns?|requirements?|policy|policies|sign-?off|approval|checks?|process|folks|people|department|office|officer|standards?|issues?|risks?|guys|posture|reasons|implications|perspective|angle|side|is (?:a|our|going|huge|big|always|top))`,
        `(?:it|security|legal|compliance|privacy) (?:team|department|folks|people|guys)(?: \\w+)? (?:will|would|needs?|has|have|must|wants?|'ll|'d|is going|are going)`,
        `compliance (?:team|review|requirements?|concerns?|issues?|department|sign-?off|approval|officer|checks?|reasons|standpoint|perspective|side|is)|(?:be |is it |are you |you're |you guys )compliant`,
        `privacy (?:concerns?|policy|review|team|issues?|impact|requirements?|laws?|regulations?|officer|implications|risk)`,
        `legal (?:review|team|department|sign-?off|approval|concerns?|needs|will|would|has to|'ll|is going to|counsel|requirements?|issues?|implications)|(?:our|the) lawyers?|(?:by|through|with|past) legal`,
        `data (?:privacy|protection|retention|security|handling|governance|storage|sovereignty|location)`,
        `where (?:is|will|would|does|do) (?:our|the|my|all the|all our|customer) data (?:be )?(?:stored|hosted|live|go|reside|kept|sit|end up|located)`,
        `(?:recording|call recording|two-party|all-party|one-party) consent|consent (?:laws?|requirements?|to record|issues?)|wiretap\\w*`,
        `vendor (?:risk|security) (?:assessment|review|questionnaire|process)|third[- ]party risk|on-?prem(?:ise|ises)?`,
        `(?:eu|european|us|uk) (?:data|hosting|servers?|region|data cent(?:er|re)s?)|(?:data|servers?) (?:in|inside|within) the (?:eu|us|uk)|regulat(?:ed|ory|ors|ions?)|security`,
      ),
      defusable: true,
    },
  ],
};

export default defineRule({ kind: spec.kind, evaluate: ({ segments, at }) => cueMoments(spec, segments[at]) });
