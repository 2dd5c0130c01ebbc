/**
 * The phrase rules on single turns of real conversational English: for each customer line
 * (after an optional rep line), exactly the text-based kinds expected on it, no more. Hard
 * negatives included: negations, questions, integrations, people's names, deflected dates.
 */
import { describe, expect, it } from 'vitest';
import { analyzeCall } from '../../core/analyze.ts';
import { defaultPlaybook } from '../../core/playbook.ts';
import type { Segment } from '../../core/types.ts';

// [customer line, kinds expected on it, rep line before it]
const probes: [string, string[], string?][] = [
  ["I'll need to loop in our head of IT before we go any further.", ['objection.authority']],
  ["My boss has the final say on this kind of thing.", ['objection.authority']],
  ["Honestly, this has to go through our procurement team.", ['objection.authority']],
  ["I'm not the one who signs the checks, that's our COO.", ['objection.authority']],
  ["Let me take this to my director and see what she thinks.", ['objection.authority']],
  ["We'd need buy-in from the leadership team.", ['objection.authority']],
  ["I can make this decision myself.", []],
  ["Our VP of marketing loved the demo.", []],
  ["We're currently using Salesforce for all of this.", ['objection.competitor']],
  ["We've been using Zendesk for about five years.", ['objection.competitor']],
  ["We're also talking to Outreach and Salesloft.", ['objection.competitor']],
  ["Chorus quoted us a lot less, to be honest.", ['objection.competitor', 'objection.price', 'pricing.discussed']],
  ["We're pretty happy with our current vendor.", ['objection.competitor', 'objection.need']],
  ["That's way more than we're paying now.", ['objection.price', 'pricing.discussed']],
  ["Is that the best you can do on price?", ['objection.price', 'pricing.discussed']],
  ["Honestly the cost is hard to swallow.", ['objection.price', 'pricing.discussed']],
  ["We just don't have that kind of money this year.", ['objection.price', 'pricing.discussed']],
  ["Price isn't really the issue for us.", ['pricing.discussed']],
  ["The price seems fair.", ['pricing.discussed']],
  ["What does pricing look like?", ['pricing.discussed']],
  ["Can we revisit this in Q3?", ['objection.timing']],
  ["Let me sleep on it and get back to you.", ['objection.timing']],
  ["Now's just not a great time, we're mid-reorg.", ['objection.timing']],
  ["Could you circle back in a couple of months?", ['objection.timing']],
  ["We need to get through our year-end close first.", ['objection.timing']],
  ["We're ready to get started as soon as possible.", ['buying_signal']],
  ["What would the contract term be?", ['buying_signal']],
  ["How long does onboarding usually take?", ['buying_signal']],
  ["Who would be our point of contact during implementation?", ['buying_signal']],
  ["Can we start with a pilot for one team?", ['buying_signal']],
  ["Do you offer SSO?", ['objection.security']],
  ["Our infosec team will need to review your SOC 2 report.", ['objection.security']],
  ["We'd have to run a vendor risk assessment first.", ['objection.security']],
  ["Security has already approved you, so we're good there.", []],
  ["Honestly we're thinking about cancelling.", ['risk.churn']],
  ["If the price goes up again we're out.", ['risk.churn', 'pricing.discussed', 'objection.price']],
  ["We've decided not to renew this year.", ['risk.churn']],
  ["We're not planning to leave, don't worry.", []],
  ["Our spreadsheet does the job just fine.", ['objection.need']],
  ["I don't really see what problem this solves for us.", ['objection.need']],
  ["Tuesday at 3 works for me.", ['next_steps'], "Can we set up a follow-up Tuesday at 3?"],
  ["Sure, let's do Friday morning.", ['next_steps'], "How does Friday morning look for a demo with your team?"],
  ["Hmm, I'll have to check with my team first.", [], "Could we do Thursday at ten?"],
  ["Yeah, so the main problem is the reps don't update the CRM.", [], "What does your process look like today?"],
  ["I'll send over the signed order form by Thursday.", ['next_steps', 'buying_signal']],
  ["We met with Jennifer from your team last week.", []],
  ["I was on with Marcus from finance this morning.", []],
  ["We use it every day, it's great.", []],
  ["We'd probably use Slack for the notifications, if that's an option.", []],
  ["Our reps live in Salesforce all day, so it has to sync with that.", []],
  ["I'm calling from New York today.", []],
  ["We tried building something in-house but it fell apart.", ['objection.competitor']],
  ["The first thing I'd want to see is the reporting.", []],
  ["Monday's a holiday for us, so let's not do Monday.", [], "Could we meet Monday at 11?"],
  ["No, Wednesday doesn't work, I'm traveling.", [], "How about Wednesday at 2?"],
  ["Okay, so what about the reporting piece? How does that work?", [], "Let's do a deeper dive next Tuesday at 1."],
  ["Great, see you Thursday.", [], "I'll send an invite for Thursday at 4."],
  ["We're definitely interested, but let me talk to my partner first.", ['objection.authority']],
  ["Oh, I love that feature.", []],
  ["So what happens after we sign?", ['buying_signal']],
  ["If we went ahead, who would our onboarding contact be?", ['buying_signal']],
  ["Is your data encrypted at rest?", ['objection.security']],
  ["The price is the price, we can make it work.", ['pricing.discussed']],
  ["Budget has been approved already.", ['pricing.discussed']],
  ["We're not looking at anyone else right now.", []],
  ["No, we don't use anything for that today.", []],
  ["We're evaluating a couple of other vendors as well.", ['objection.competitor']],
  ["Honestly, Gong does most of this already for us.", ['objection.competitor']],
  ["We're not ready to sign anything yet.", ['objection.timing']],
  ["What's the pricing on the enterprise plan?", ['pricing.discussed']],
  ["I need to see the ROI before I can take it to my CFO.", ['objection.authority']],
  ["Legal will want to look at the MSA.", ['objection.security']],
  ["We don't really have a problem with call reviews.", ['objection.need']],
  ["This is exactly what we need.", ['buying_signal']],
  ["How soon could we get this rolled out to the whole team?", ['buying_signal']],
  ["Let's plan on moving forward.", ['buying_signal']],
  ["I think we're leaning towards going with you.", ['buying_signal']],
  ["Ugh, this is frustrating, the app crashed three times this week.", []],
  ["We're seriously considering switching providers at renewal.", ['risk.churn', 'objection.competitor']],
  ["If the outages continue, we'll have to cancel.", ['risk.churn']],
  ["Our contract is up in March and I'm not sure we'll renew.", ['risk.churn']],
  ["It's a bit out of our price range.", ['objection.price', 'pricing.discussed']],
  ["Forty thousand is more than we budgeted.", ['objection.price', 'pricing.discussed']],
  ["Is there a discount if we pay annually?", ['objection.price', 'pricing.discussed']],
  ["Could you do something on the per-seat price?", ['objection.price', 'pricing.discussed']],
  ["Maybe reach back out in January.", ['objection.timing']],
  ["We're heads-down on a product launch until the end of the quarter.", ['objection.timing']],
  ["Let me get back to you once I've talked to the team.", ['objection.timing']],
  ["I'd want my CTO to see this before we decide.", ['objection.authority']],
  ["It needs sign-off from our compliance officer.", ['objection.authority', 'objection.security']],
  ["Works for me. I'll send you the invite.", ['next_steps'], "Shall we say Thursday the 12th at 3pm for the technical deep dive?"],
  ["Let me look at my calendar and I'll let you know.", [], "Could we do a follow-up on Monday at 10?"],
  ["That's fine, but I'm not sure my boss can make it.", [], "Can we get your boss on a call Friday at 2?"],
];


// Textbook objections and signals, one line each: the kinds listed must be among those found.
const textbook: [string, string[]][] = [
  ["It's too expensive.", ['objection.price']],
  ["We don't have the budget for this.", ['objection.price']],
  ["Call me next quarter.", ['objection.timing']],
  ["I need to talk to my boss before I can commit.", ['objection.authority']],
  ["We're happy with our current provider.", ['objection.competitor']],
  ["Can you send me some information?", ['objection.timing']],
  ["We're locked into a contract for another year.", ['objection.timing']],
  ["I'm not interested right now.", ['objection.timing']],
  ["We don't have time for this right now.", ['objection.timing']],
  ["Your competitor is cheaper.", ['objection.price', 'objection.competitor']],
  ["How are you different from HubSpot?", ['objection.competitor']],
  ["We need to think about it.", ['objection.timing']],
  ["Can you do a discount?", ['objection.price']],
  ["We tried something like this before and it didn't work.", ['objection.need']],
  ["I'm not the decision maker.", ['objection.authority']],
  ["Our IT team won't approve it without a security review.", ['objection.security']],
  ["Is it GDPR compliant?", ['objection.security']],
  ["If this doesn't get fixed, we'll cancel.", ['risk.churn']],
  ["We're planning to move to a different vendor when our contract ends.", ['risk.churn']],
  ["What are the next steps to get started?", ['buying_signal']],
  ["When could we start onboarding?", ['buying_signal']],
  ["Send over the contract and we'll get it signed.", ['buying_signal']],
  ["We don't really see the value.", ['objection.need']],
  ["Honestly, we're fine with spreadsheets.", ['objection.need']],
  ["The cost is more than we expected.", ['objection.price']],
  ["That's over our budget.", ['objection.price']],
  ["Let me get back to you after the holidays.", ['objection.timing']],
  ["We use Salesforce for that already.", ['objection.competitor']],
  ["We're evaluating Gong as well.", ['objection.competitor']],
  ["Our legal team has concerns about data privacy.", ['objection.security']],
  ["My manager has to sign off.", ['objection.authority']],
  ["The CFO makes the final decision.", ['objection.authority']],
  ["We're not renewing.", ['risk.churn']],
  ["We'll probably switch to a competitor.", ['risk.churn', 'objection.competitor']],
];


// More of them, with hard negatives: [line, kinds it must have, kinds it must not have].
const textbookMore: [string, string[], string[]][] = [
  // [text, must include, must not include]
  ["Honestly, the price is the biggest hurdle for us.", ['objection.price'], []],
  ["That's a lot more than we were planning to spend.", ['objection.price'], []],
  ["Is there any room on the price?", ['objection.price'], []],
  ["We just can't afford it this year.", ['objection.price'], []],
  ["The budget's already been allocated for this year.", ['objection.price'], []],
  ["We're going to need some time to evaluate internally.", ['objection.timing'], []],
  ["Let's revisit this in the spring.", ['objection.timing'], []],
  ["Can we push this to next year?", ['objection.timing'], []],
  ["I'll have to run this by our procurement team.", ['objection.authority'], []],
  ["Ultimately it's our CEO's decision.", ['objection.authority'], []],
  ["I'd need approval from finance.", ['objection.authority'], []],
  ["We already have a vendor for this.", ['objection.competitor'], []],
  ["We built our own tool in-house.", ['objection.competitor'], []],
  ["We currently work with Acme for that.", ['objection.competitor'], []],
  ["I don't see why we'd need this.", ['objection.need'], []],
  ["Our current process works fine.", ['objection.need'], []],
  ["Where is our data hosted?", ['objection.security'], []],
  ["Do you have a SOC 2 report?", ['objection.security'], []],
  ["Our lawyers will need to review the terms.", ['objection.security'], []],
  ["How long does implementation take?", ['buying_signal'], []],
  ["What would the contract length be?", ['buying_signal'], []],
  ["Let's move forward.", ['buying_signal'], []],
  ["Who do we send the signed order form to?", ['buying_signal'], []],
  ["We're thinking about switching to another provider.", ['risk.churn'], []],
  ["We want to cancel our subscription.", ['risk.churn'], []],
  ["We won't be renewing next year.", ['risk.churn'], []],
  // hard negatives
  ["Price isn't an issue for us.", [], ['objection.price']],
  ["We have budget set aside for this.", [], ['objection.price']],
  ["I'm the one who signs off on this.", [], ['objection.authority']],
  ["We're not using any other tool for this.", [], ['objection.competitor']],
  ["Security is not a concern, you already passed our review.", [], ['objection.security']],
  ["We're definitely renewing.", [], ['risk.churn']],
  ["We have no plans to cancel.", [], ['risk.churn']],
  ["I'm not worried about timing, we can start right away.", [], ['objection.timing']],
];


const NOT_TEXT = (kind: string) => kind.startsWith('talk.') || kind === 'risk.negative_sentiment' || kind === 'next_steps.missing';

function kindsOn(text: string, rep?: string): string[] {
  const segments: Segment[] = [];
  if (rep) segments.push({ id: 'r', callId: 'p', speaker: 'rep', start: 0, end: 3, text: rep });
  segments.push({ id: 'c', callId: 'p', speaker: 'customer', start: 4, end: 8, text });
  return analyzeCall({ call: { id: 'p' }, segments, playbook: defaultPlaybook }).moments
    .filter((m) => m.start === 4 && !NOT_TEXT(m.kind)).map((m) => m.kind).sort();
}

describe('phrase rules on single turns', () => {
  for (const [text, want, rep] of probes) {
    it(`${rep ? `${rep} / ` : ''}${text} -> ${want.join(', ') || 'nothing'}`, () => {
      expect(kindsOn(text, rep)).toEqual([...want].sort());
    });
  }
});

describe('textbook objections and signals', () => {
  for (const [text, want] of textbook) {
    it(`${text} -> ${want.join(', ')}`, () => {
      const got = kindsOn(text);
      expect(want.filter((k) => !got.includes(k))).toEqual([]);
    });
  }
});

describe('textbook lines with hard negatives', () => {
  for (const [text, want, not] of textbookMore) {
    it(`${text} -> ${want.join(', ') || 'none of ' + not.join(', ')}`, () => {
      const got = kindsOn(text);
      expect({ missing: want.filter((k) => !got.includes(k)), extra: not.filter((k) => got.includes(k)) }).toEqual({ missing: [], extra: [] });
    });
  }
});
