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


// General classes of phrasing, one line each, written before the rules were broadened for them
// (not taken from the corpus): [line, kinds it must have, kinds it must not have]. Price: targets
// below the number, reactions to it, "a big chunk for us", money is tight, hard to sell or get
// past someone. Timing: vague horizons ("in a year or so", "after Labor Day"), capacity ("a lot on
// our plate"), send-it-over brush-offs. Authority: "the last word", possessive approvers ("the
// board's blessing"), bare collectives ("corporate has to greenlight"). Need: well set, no
// complaints, not something we need, gets the job done. Security: sensitive data x how it is kept.
// Churn: going elsewhere, finding a replacement, getting off the platform. Hard negatives too.
const generalClasses: [string, string[], string[]][] = [
  ["Honestly, that's a little steep for us.", ['objection.price'], []],
  ["That's out of our range, I'm afraid.", ['objection.price'], []],
  ["It's going to be hard to justify that number to finance.", ['objection.price'], []],
  ["I'll be honest, there was some sticker shock on our end.", ['objection.price'], []],
  ["We just can't swing that right now.", ['objection.price'], []],
  ["That's more than we budgeted for this.", ['objection.price'], []],
  ["Twelve thousand a year is a big chunk for a shop our size.", ['objection.price'], []],
  ["It'd be hard to sell that to my partners at double what we pay now.", ['objection.price'], []],
  ["That number made my CFO's eyes water.", ['objection.price'], []],
  ["We were hoping for something in the five to six thousand range.", ['objection.price'], []],
  ["That's a tough number for us to get to.", ['objection.price'], []],
  ["The per-user pricing really adds up with our headcount.", ['objection.price'], []],
  ["I don't think we can get anywhere near that.", ['objection.price'], []],
  ["We were thinking more along the lines of half that.", ['objection.price'], []],
  ["Your quote came in well above the other two.", ['objection.price'], []],
  ["I'm not sure the value is there at that price point.", ['objection.price'], []],
  ["Our budget for this is closer to twenty thousand.", ['objection.price'], []],
  ["That's a lot of money for what is basically a scheduling tool.", ['objection.price'], []],
  ["We're a small nonprofit, every dollar counts.", ['objection.price'], []],
  ["Is there any way to get that number down?", ['objection.price'], []],
  ["Is there any wiggle room on the annual fee?", ['objection.price'], []],
  ["That would blow our software budget for the year.", ['objection.price'], []],
  ["We'd need you to sharpen the pencil a bit.", ['objection.price'], []],
  ["Finance is going to push back hard on that figure.", ['objection.price'], []],
  ["I can't see us paying that much for it.", ['objection.price'], []],
  ["Ooh, that's higher than I was expecting.", ['objection.price'], []],
  ["The implementation fee is a non-starter for us.", ['objection.price'], []],
  ["Money's tight this year, to be honest.", ['objection.price'], []],
  ["That's pretty rich for our blood.", ['objection.price'], []],
  ["We'd struggle to find that kind of money this year.", ['objection.price'], []],
  ["The cost is the main thing holding us back.", ['objection.price'], []],
  ["It's more than we can spend on a tool like this.", ['objection.price'], []],
  ["The price tag is a bit of a shock.", ['objection.price'], []],
  ["We can get most of this for a fraction of the price elsewhere.", ['objection.price'], []],
  ["If you could meet us at forty we'd have something to talk about.", ['objection.price'], []],
  ["That's beyond what we can spend this year.", ['objection.price'], []],
  ["Our budget won't stretch that far.", ['objection.price'], []],
  ["That's quite a jump from what we pay today.", ['objection.price'], []],
  ["The price seems reasonable for what we get.", [], ['objection.price']],
  ["Cost isn't really a factor for us.", [], ['objection.price']],
  ["We have the budget set aside already.", [], ['objection.price']],
  ["That's actually cheaper than I expected.", [], ['objection.price']],
  ["What does the pricing look like for fifty users?", [], ['objection.price']],
  ["The savings would pay for it within a year.", [], ['objection.price']],
  ["That's well within our budget.", [], ['objection.price']],
  ["We spend way too much time on manual data entry.", [], ['objection.price']],
  ["That's a fair price.", [], ['objection.price']],
  ["Reach out to me in a year or so.", ['objection.timing'], []],
  ["It's just not a priority right now.", ['objection.timing'], []],
  ["Can we pick this up after our fiscal year ends?", ['objection.timing'], []],
  ["Send it over and I'll take a look when I get a chance.", ['objection.timing'], []],
  ["I'll pass it along to the team.", ['objection.timing'], []],
  ["We're slammed until the end of the quarter.", ['objection.timing'], []],
  ["Let's reconnect in the new year.", ['objection.timing'], []],
  ["We've got a lot on our plate right now.", ['objection.timing'], []],
  ["Maybe in six months, once the merger is done.", ['objection.timing'], []],
  ["We're not in a position to make a change this year.", ['objection.timing'], []],
  ["The timing just isn't right for us.", ['objection.timing'], []],
  ["Can you follow up with me in the fall?", ['objection.timing'], []],
  ["We're in the middle of a big ERP rollout, so probably not until next year.", ['objection.timing'], []],
  ["Just email me something and I'll have a look.", ['objection.timing'], []],
  ["I think we'll have to park this for a while.", ['objection.timing'], []],
  ["Let me digest all this and get back to you.", ['objection.timing'], []],
  ["This is probably a next-year thing for us.", ['objection.timing'], []],
  ["We need to wait for our budget cycle in July.", ['objection.timing'], []],
  ["We're going to hold off for now.", ['objection.timing'], []],
  ["Give me a couple of weeks to think it over.", ['objection.timing'], []],
  ["Ping me after Labor Day.", ['objection.timing'], []],
  ["Honestly, it's a lot to take on right now.", ['objection.timing'], []],
  ["We're stretched thin as it is.", ['objection.timing'], []],
  ["Let's touch base again later in the year.", ['objection.timing'], []],
  ["Circle back with me at the end of August.", ['objection.timing'], []],
  ["Check back with me in a few months.", ['objection.timing'], []],
  ["That's something we might look at down the road.", ['objection.timing'], []],
  ["I'd rather wait until the dust settles after the acquisition.", ['objection.timing'], []],
  ["We won't be making any decisions until Q2.", ['objection.timing'], []],
  ["Can you send me some materials? I'll review them when things calm down.", ['objection.timing'], []],
  ["Let's meet again on Thursday at two.", [], ['objection.timing']],
  ["We'd want to get started next month.", [], ['objection.timing']],
  ["We need this in place before the end of the quarter.", [], ['objection.timing']],
  ["How soon could we go live?", [], ['objection.timing']],
  ["Timing is great actually, we just got budget.", [], ['objection.timing']],
  ["We can start right away.", [], ['objection.timing']],
  ["I'll send the signed contract over by Friday.", [], ['objection.timing']],
  ["My partners would have to sign off on something like this.", ['objection.authority'], []],
  ["The board would need to approve it.", ['objection.authority'], []],
  ["That's really a decision for our treasurer.", ['objection.authority'], []],
  ["Our plant director would have to sign the PO.", ['objection.authority'], []],
  ["I'll have to take it to the owners.", ['objection.authority'], []],
  ["Anything over ten grand needs the CFO's signature.", ['objection.authority'], []],
  ["I'd have to get my VP on board first.", ['objection.authority'], []],
  ["Our executive director makes the final call on software.", ['objection.authority'], []],
  ["It's not up to me alone, the committee votes on it.", ['objection.authority'], []],
  ["I'll need to present this to our leadership team.", ['objection.authority'], []],
  ["Purchasing has to be involved for anything like this.", ['objection.authority'], []],
  ["The regional office has to approve new vendors.", ['objection.authority'], []],
  ["Our owner is pretty hands-on with spending decisions.", ['objection.authority'], []],
  ["My boss will want to see the numbers before anything happens.", ['objection.authority'], []],
  ["I'll have to run it past the partners.", ['objection.authority'], []],
  ["I'd need to convince our superintendent.", ['objection.authority'], []],
  ["Ultimately my manager has the last word.", ['objection.authority'], []],
  ["We'd need the board's blessing for anything multi-year.", ['objection.authority'], []],
  ["Our finance director controls the purse strings.", ['objection.authority'], []],
  ["I can recommend it, but the decision sits with our COO.", ['objection.authority'], []],
  ["Corporate has to greenlight any new software.", ['objection.authority'], []],
  ["I make the decisions on software here.", [], ['objection.authority']],
  ["Our CFO already signed off on the budget.", [], ['objection.authority']],
  ["The board loved the presentation.", [], ['objection.authority']],
  ["My manager uses the tool every day.", [], ['objection.authority']],
  ["I have full authority to sign this.", [], ['objection.authority']],
  ["Our VP of sales will be the main user.", [], ['objection.authority']],
  ["We've been with Salesforce for six years.", ['objection.competitor'], []],
  ["We're pretty invested in HubSpot at this point.", ['objection.competitor'], []],
  ["Our team already has licences for Asana.", ['objection.competitor'], []],
  ["We're running everything through Zendesk today.", ['objection.competitor'], []],
  ["We looked at Monday.com last year.", ['objection.competitor'], []],
  ["We have an agency that handles this for us.", ['objection.competitor'], []],
  ["Our IT guy built a little tool that does most of this.", ['objection.competitor'], []],
  ["We just renewed with our current provider.", ['objection.competitor'], []],
  ["Another vendor is offering us a similar package.", ['objection.competitor'], []],
  ["We've been getting quotes from a few other companies.", ['objection.competitor'], []],
  ["A competitor of yours offered us three months free.", ['objection.competitor'], []],
  ["Our accountant does this for us in QuickBooks.", ['objection.competitor'], []],
  ["We're locked in with our existing supplier until next spring.", ['objection.competitor'], []],
  ["ServiceTitan pitched us something similar last month.", ['objection.competitor'], []],
  ["We're also talking to Paylocity.", ['objection.competitor'], []],
  ["We're not looking at any other vendors.", [], ['objection.competitor']],
  ["Does it integrate with our accounting software?", [], ['objection.competitor']],
  ["We don't have anything in place for this right now.", [], ['objection.competitor']],
  ["We're pretty well set on that front.", ['objection.need'], []],
  ["I don't hear a lot of complaints about it.", ['objection.need'], []],
  ["It's not something we need right now.", ['objection.need'], []],
  ["What we have works fine.", ['objection.need'], []],
  ["Honestly, our current system does everything we need.", ['objection.need'], []],
  ["I'm not sure we'd get much out of it.", ['objection.need'], []],
  ["We've never really had a problem with that.", ['objection.need'], []],
  ["I don't see the point for a team our size.", ['objection.need'], []],
  ["Our people are comfortable with the way things are.", ['objection.need'], []],
  ["I'm not sure it solves anything for us.", ['objection.need'], []],
  ["It doesn't really fit how we work.", ['objection.need'], []],
  ["That's not really a problem we have.", ['objection.need'], []],
  ["We're doing okay without it.", ['objection.need'], []],
  ["Nobody's asking for this.", ['objection.need'], []],
  ["It sounds nice, but I'm not sure we need it.", ['objection.need'], []],
  ["Our existing tool covers most of that already.", ['objection.need'], []],
  ["We manage fine with email and a shared calendar.", ['objection.need'], []],
  ["That's more than we need, honestly.", ['objection.need'], []],
  ["I just don't see us using half of those features.", ['objection.need'], []],
  ["It's a nice-to-have, not a must-have.", ['objection.need'], []],
  ["We're a small team, I don't know that we need something this robust.", ['objection.need'], []],
  ["The old system is clunky but it gets the job done.", ['objection.need'], []],
  ["Our staff aren't complaining about the current process.", ['objection.need'], []],
  ["I don't really see a need for it.", ['objection.need'], []],
  ["We definitely need something like this.", [], ['objection.need']],
  ["Our current process is a mess.", [], ['objection.need']],
  ["The spreadsheet doesn't work anymore.", [], ['objection.need']],
  ["We're fine with the pricing.", [], ['objection.need']],
  ["That's exactly the problem we have.", [], ['objection.need']],
  ["I see the value in that.", [], ['objection.need']],
  ["Our IT department is really strict about where data lives.", ['objection.security'], []],
  ["We'd need to see your certifications before moving ahead.", ['objection.security'], []],
  ["How do you handle patient records?", ['objection.security'], []],
  ["Our auditors will want to know how the data is protected.", ['objection.security'], []],
  ["Who would have access to our client files?", ['objection.security'], []],
  ["Does the data stay on our network?", ['objection.security'], []],
  ["What happens to our data if we leave?", ['objection.security'], []],
  ["We've had a breach before, so I'm cautious.", ['objection.security'], []],
  ["We can't have student data leaving the country.", ['objection.security'], []],
  ["Is the data backed up and encrypted?", ['objection.security'], []],
  ["Can you sign our data protection addendum?", ['objection.security'], []],
  ["Security looks solid from what I've seen.", [], ['objection.security']],
  ["The security review came back clean.", [], ['objection.security']],
  ["We need to secure a budget first.", [], ['objection.security']],
  ["How hard is the install?", ['buying_signal'], []],
  ["What would the rollout look like for three sites?", ['buying_signal'], []],
  ["Put that in writing and I think we're close.", ['buying_signal'], []],
  ["If we signed this month, when could we start?", ['buying_signal'], []],
  ["Can we get a trial for a couple of weeks?", ['buying_signal'], []],
  ["What do you need from us to get going?", ['buying_signal'], []],
  ["Okay, I'm convinced. What's the next step?", ['buying_signal'], []],
  ["How many people would we need on our side for the setup?", ['buying_signal'], []],
  ["Send me the paperwork and I'll get it signed.", ['buying_signal'], []],
  ["Could we start with just the Denver office?", ['buying_signal'], []],
  ["How long before my team would be up and running?", ['buying_signal'], []],
  ["We'd like to move ahead with the annual plan.", ['buying_signal'], []],
  ["Who would be our account manager after we sign?", ['buying_signal'], []],
  ["What kind of training do you offer for new users?", ['buying_signal'], []],
  ["Could you put together a proposal for forty seats?", ['buying_signal'], []],
  ["This sounds like a good fit for us.", ['buying_signal'], []],
  ["We're not ready to move forward.", [], ['buying_signal']],
  ["Our last implementation was a nightmare.", [], ['buying_signal']],
  ["We might not renew when the contract is up.", ['risk.churn'], []],
  ["The owners want to switch to something else.", ['risk.churn'], []],
  ["If this keeps happening we'll go with someone else.", ['risk.churn'], []],
  ["We're evaluating alternatives ahead of our renewal.", ['risk.churn'], []],
  ["I've been asked to find a replacement.", ['risk.churn'], []],
  ["We're going to let the contract run out.", ['risk.churn'], []],
  ["I can't justify keeping you on at this point.", ['risk.churn'], []],
  ["We've been told to cut this subscription.", ['risk.churn'], []],
  ["Leadership wants us off the platform by year end.", ['risk.churn'], []],
  ["This might be our last year with you.", ['risk.churn'], []],
  ["We're happy to renew.", [], ['risk.churn']],
  ["We're not going anywhere.", [], ['risk.churn']],
  ["We plan to stay with you for the long haul.", [], ['risk.churn']],
  ["We switched to you from Oracle last year.", [], ['risk.churn']],
  ["We left our last vendor because of outages.", [], ['risk.churn']],
  ["What would that run us?", ['pricing.discussed'], []],
  ["How much are we talking?", ['pricing.discussed'], []],
  ["What's the damage for forty users?", ['pricing.discussed'], []],
  ["Is it billed monthly or annually?", ['pricing.discussed'], []],
  ["That could work, if the numbers make sense.", ['pricing.discussed'], []],
  ["What's the ballpark?", ['pricing.discussed'], []],
  ["Do you charge for onboarding?", ['pricing.discussed'], []],
  ["That cost us a lot of time.", [], ['pricing.discussed']],
  ["Can you quote me on that?", [], ['pricing.discussed']],
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

/** Each line has every kind it must have and none it must not have. */
function mustAndMustNot(title: string, cases: readonly [string, string[], string[]][]) {
  describe(title, () => {
    for (const [text, want, not] of cases) {
      it(`${text} -> ${want.join(', ') || 'none of ' + not.join(', ')}`, () => {
        const got = kindsOn(text);
        expect({ missing: want.filter((k) => !got.includes(k)), extra: not.filter((k) => got.includes(k)) }).toEqual({ missing: [], extra: [] });
      });
    }
  });
}

mustAndMustNot('textbook lines with hard negatives', textbookMore);

mustAndMustNot('general classes of phrasing, with hard negatives', generalClasses);

// Round 2 (see scripts/eval/README.md): product names outside the playbook, amounts in words,
// taking a named time, and the v11 classes, each with paraphrases and hard negatives.
const round2Single: [string, string[], string[]][] = [
  // product names introduced in an incumbent or rival frame
  ["We've got DLCPM, it does the job.", ['objection.competitor', 'objection.need'], []],
  ['Honestly everything runs through FleetPilot these days.', ['objection.competitor'], []],
  ["It's cleaner than what we have in Qualtrack right now.", ['objection.competitor'], []],
  ['Our estimators quote in BuildRight and then retype it.', ['objection.competitor'], []],
  ['The partners are also talking to LexiFlow.', ['objection.competitor'], []],
  ['Nexora came in last week and offered us a better rate.', ['objection.competitor'], []],
  ['The new version of CaseBook does intake forms natively now.', ['objection.competitor'], []],
  ["I've got Priya from finance with me.", [], ['objection.competitor']],
  ["I've got Li from data engineering with me.", [], ['objection.competitor']],
  ['Security has already approved you, so we are good there.', [], ['objection.competitor']],
  ['Does it integrate with our EHR? We run on WebPT.', [], ['objection.competitor']],
  ['You would push that into McLeod, right?', [], ['objection.competitor']],
  ['Some of our sites are in Germany.', [], ['objection.competitor']],
  // someone on staff does it by hand
  ['Our office manager does it all by hand in a spreadsheet.', ['objection.competitor'], []],
  ['There is a sheet that Maria keeps for that.', ['objection.competitor'], []],
  // need
  ["I wouldn't say it keeps me up at night.", ['objection.need'], []],
  ["Nobody's losing sleep over it, to be honest.", ['objection.need'], []],
  ['Nobody upstairs sees a reason to replace something that works.', ['objection.need'], []],
  ['The ones we have work fine.', ['objection.need'], []],
  ["They just don't see what it does for them.", ['objection.need'], []],
  ["I'm not looking to add another tool.", ['objection.need'], []],
  ['We barely use the reporting side.', ['objection.need'], []],
  ['Our team is fine with the way they do it now.', ['objection.need'], []],
  ['It keeps me up at night, honestly.', [], ['objection.need']],
  // churn
  ["We're planning to cancel when the term's up.", ['risk.churn'], []],
  ["I'm not sure we can justify renewing at the same level.", ['risk.churn'], []],
  ["There's talk of going with a new provider instead of just renewing.", ['risk.churn'], []],
  ["If that doesn't change we're switching at renewal.", ['risk.churn'], []],
  ["We're not planning to cancel.", [], ['risk.churn']],
  ['Anything over twenty-five thousand has to go out to bid.', [], ['risk.churn']],
  // timing
  ['Ask me again in the fall.', ['objection.timing'], []],
  ["Nothing's moving until after the product launch.", ['objection.timing'], []],
  ["We can't commit any money until the new fiscal year.", ['objection.timing'], []],
  ['Let me sit with it for a few days.', ['objection.timing'], []],
  ["Tuesday's a zoo. Just send the email.", ['objection.timing'], []],
  // security
  ['Who owns the data if we leave?', ['objection.security'], []],
  ['Where does our data live, physically?', ['objection.security'], []],
  ['That is going to raise red flags with our general counsel.', ['objection.security'], []],
  ['Write access is a hard no from InfoSec.', ['objection.security'], []],
  ["You'd have to sign our data sharing agreement first.", ['objection.security'], []],
  ["Legal won't let us start until the NDA is countersigned.", ['objection.security'], []],
  // price
  ["That's not going to fly, you want fifteen percent more?", ['objection.price', 'pricing.discussed'], []],
  ['Every dollar has a job already.', ['objection.price'], []],
  ["That's a big swing for us.", ['objection.price'], []],
  ["Where we're stuck is the number.", ['objection.price', 'pricing.discussed'], []],
  ['Our grant was cut this year.', ['objection.price'], []],
  ["If you can't get close to that, we'll talk.", ['objection.price'], []],
  ["That idea won't fly with the partners.", [], ['objection.price']],
  // authority
  ['The board approved sixty for this project.', ['objection.authority'], []],
  ["I can't go back to the council mid-year and ask for more.", ['objection.authority'], []],
  ["She's the last signature.", ['objection.authority'], []],
  ['Anything like that has to go in front of the county commission.', ['objection.authority'], []],
  ['The owners will want to see both before anyone signs.', ['objection.authority'], []],
  // pricing words
  ["What's the year-two number?", ['pricing.discussed'], []],
  ['That keeps it under my signing authority.', ['pricing.discussed'], []],
  ['He controls the discretionary budget.', ['pricing.discussed'], []],
  ["We could do twenty-nine a truck.", ['pricing.discussed'], []],
  ['What is your phone number?', [], ['pricing.discussed']],
  ['We run about sixty trucks.', [], ['pricing.discussed']],
  // buying
  ['What would the out clause look like?', ['buying_signal'], []],
  ['Can you confirm we are on the Growth tier?', ['buying_signal'], []],
  ["If the connector ships next month, I think we'd pick you.", ['buying_signal'], []],
];

mustAndMustNot('round 2: single turns, with hard negatives', round2Single);

/** The text-based kinds on the last segment of a short dialogue ([speaker, text] pairs). */
function kindsOnLast(turns: readonly ['rep' | 'customer', string][]): string[] {
  const segments: Segment[] = turns.map(([speaker, text], i) => ({ id: `s${i}`, callId: 'd', speaker, start: i * 5, end: i * 5 + 4, text }));
  const last = (turns.length - 1) * 5;
  return analyzeCall({ call: { id: 'd' }, segments, playbook: defaultPlaybook }).moments
    .filter((m) => m.start === last && !NOT_TEXT(m.kind)).map((m) => m.kind).sort();
}

const round2Dialogues: [string, ['rep' | 'customer', string][], string[], string[]][] = [
  ['a rival named earlier, then preferred', [
    ['customer', "We're already on Tabletop for everything else."],
    ['rep', 'Got it. How does scheduling work there?'],
    ['customer', "Honestly she's pretty set on Tabletop."],
  ], ['objection.competitor'], []],
  ['a rival named earlier, then compared on price', [
    ['customer', 'RoadLink came in last week with a lower number.'],
    ['rep', 'What if we held you at thirty-two?'],
    ['customer', "That's still three bucks over RoadLink."],
  ], ['objection.competitor', 'pricing.discussed'], []],
  ['a remembered name in an integration question is no rival', [
    ['customer', "We're on Tabletop for the registers."],
    ['rep', 'Makes sense.'],
    ['customer', 'Would your scheduling sync with Tabletop?'],
  ], [], ['objection.competitor']],
  ['a name only the rep said is no rival', [
    ['rep', 'A lot of groups we talk to use Tabletop.'],
    ['customer', 'Tabletop is fine, I guess.'],
  ], [], ['objection.competitor']],
  ['an integration partner named first stays a partner', [
    ['customer', 'Can you push the status into McLeod?'],
    ['rep', 'Yes, natively.'],
    ['customer', 'Good, because everything runs through McLeod.'],
  ], [], ['objection.competitor']],
  ['an amount in words answers a price question', [
    ['customer', "So what's the year-one number?"],
    ['rep', 'Seventy-nine eight.'],
  ], ['pricing.discussed'], []],
  ['and the reply to it', [
    ['customer', "So what's the year-one number?"],
    ['rep', 'Seventy-nine eight.'],
    ['customer', 'Under eighty. Okay, that I can work with.'],
  ], ['pricing.discussed'], []],
  ['an amount in words outside a pricing exchange', [
    ['rep', 'How big is the team?'],
    ['customer', 'Forty-eight, give or take.'],
  ], [], ['pricing.discussed']],
  ['the rep takes a time the customer named', [
    ['rep', 'Could we do a quick call on Friday?'],
    ['customer', "Friday's tough, we're canning all day. Monday afternoon, say two?"],
    ['rep', 'Monday at two works great.'],
  ], ['next_steps'], []],
  ['restating a slot already accepted is no new step', [
    ['rep', 'Could we meet Monday at ten?'],
    ['customer', 'Monday works for me.'],
    ['rep', 'Perfect, Monday at ten.'],
  ], [], ['next_steps']],
  ['saying back the day of a promise is no new step', [
    ['rep', "I'll have both options in your inbox by Thursday."],
    ['customer', 'Thanks, Thursday is fine.'],
  ], [], ['next_steps']],
  ['the day the customer turned down is not taken', [
    ['rep', 'Would Tuesday work for a walkthrough?'],
    ['customer', "Tuesday's a zoo. Just send the email."],
    ['rep', "Will do, I'll get it over to you by Thursday."],
  ], [], ['next_steps']],
  ['a dated commitment by a third person', [
    ['rep', 'Who can review the questionnaire?'],
    ['customer', "Aaron's on the line, he says he can have it back to you by Monday."],
  ], ['next_steps'], []],
  ['a dated commitment to deliver', [
    ['customer', 'Okay, one year then.'],
    ['rep', 'I can have a revised order form to you by Wednesday.'],
  ], ['next_steps'], []],
];

/** Each dialogue's last turn has every kind it must have and none it must not have. */
function dialogues(name: string, cases: readonly [string, ['rep' | 'customer', string][], string[], string[]][]) {
  describe(name, () => {
    for (const [title, turns, want, not] of cases) {
      it(title, () => {
        const got = kindsOnLast(turns);
        expect({ missing: want.filter((k) => !got.includes(k)), extra: not.filter((k) => got.includes(k)) }).toEqual({ missing: [], extra: [] });
      });
    }
  });
}

dialogues('round 2: short dialogues, with hard negatives', round2Dialogues);

// Round 3 (see scripts/eval/README.md): v12's classes, each with paraphrases and hard negatives.
const round3Single: [string, string[], string[]][] = [
  // a rival courting them, by name or not
  ['Honestly, Bookwise has been pitching us their scheduler for months.', ['objection.competitor'], []],
  ["Their rep keeps pitching us a bundle, and it's tempting.", ['objection.competitor'], []],
  ['Mark has been calling us about the renewal.', [], ['objection.competitor']],
  // a rival brought in for a look
  ['Dana had ShopLogic in here last month for a demo.', ['objection.competitor'], []],
  ['We had Fieldmate out for a walkthrough in spring.', ['objection.competitor'], []],
  ['We had Karen in here last week for the audit.', [], ['objection.competitor']],
  // the tool the team works in, named by what it is, or with a lower-case prefix
  ['The drivers log their stops on the RouteMate app.', ['objection.competitor'], []],
  ['Two of the three depots use eDispatch today.', ['objection.competitor'], []],
  ['We reconcile those in Ledgerly every Friday.', ['objection.competitor'], []],
  ['Would that show up on the tablet app for the drivers?', [], ['objection.competitor']],
  // something already in place; a tool someone built
  ["We've got something already for the reminders.", ['objection.competitor'], []],
  ['Our planner has a dashboard he built off the service logs.', ['objection.competitor'], []],
  ['There is an old database a contractor put together in 2015.', ['objection.competitor'], []],
  ["We've got something at three, can we do four?", [], ['objection.competitor']],
  // integration questions stay no rival
  ['We run Dentrix in all four offices, does it even work with that?', [], ['objection.competitor']],
  ["We're on NetSuite. Does it pull the invoices from there?", [], ['objection.competitor', 'pricing.discussed']],
  // pricing: invoices and payments as data or a feature, availability, running a process, a place
  ['Yep, invoices sync both ways through the native connector.', [], ['pricing.discussed']],
  ['Contracts and payments live in one place, and the payment processor tokenizes the cards.', [], ['pricing.discussed']],
  ["She's free Thursday after two if you want to show her.", [], ['pricing.discussed']],
  ['Does it handle the waitlists the way you run them?', [], ['pricing.discussed']],
  ['Our support team is all in Ohio and Texas.', [], ['pricing.discussed']],
  ['My examiner wanted a per-department breakdown.', [], ['pricing.discussed']],
  // pricing without a pricing word
  ["Okay, and I'll just ask it: what's this going to run?", ['pricing.discussed'], []],
  ["We added users because you told us to, and now we're getting charged for it.", ['pricing.discussed'], []],
  ['They offered us the same module for basically nothing.', ['pricing.discussed'], []],
  ['Three, we credit you a month for the outage.', ['pricing.discussed'], []],
  ['The per-booking model is interesting.', ['pricing.discussed'], []],
  ["I'll send the order form with the twelve-five cap.", ['pricing.discussed'], []],
  ['Anything over a hundred and fifty thousand goes to a formal RFP.', ['pricing.discussed'], []],
  ['Anything over two hundred people needs the big room.', [], ['pricing.discussed']],
  ['An invoice with billing starting in March would help.', ['pricing.discussed'], []],
  // timing: nothing new before a date or mid-season, a freeze, a slow review, see what you do first
  ["Realistically we're not starting anything new before the fiscal year turns over.", ['objection.timing'], []],
  ["I'm not migrating two hundred files in the middle of tax season.", ['objection.timing'], []],
  ["He doesn't want to change any systems until he's settled in.", ['objection.timing'], []],
  ['Corporate has frozen all new software purchases for now.', ['objection.timing'], []],
  ['Everything new goes through the privacy review, and that takes months.', ['objection.timing'], []],
  ["Let's see what you do with the pilot data first.", ['objection.timing'], []],
  ['It takes forever to reconcile by hand.', [], ['objection.timing']],
  ["We just don't have time to chase the small ones.", [], ['objection.timing']],
  ["I'll hold off on signing with the other vendor for now.", [], ['objection.timing']],
  // authority: both on board, can't take it to the approver, take it to a named person, nothing signed without them
  ['My partner and I both have to be on board before we spend anything.', ['objection.authority'], []],
  ["I can't take a maybe to the city manager.", ['objection.authority'], []],
  ["I just can't go to my ops VP and ask for more time.", ['objection.authority'], []],
  ["Okay. I'll take it to Marta.", ['objection.authority'], []],
  ['Nothing over ten thousand gets approved without the board voting on it.', ['objection.authority'], []],
  ['Nothing with a contract gets signed without him.', ['objection.authority'], []],
  ['The owners have asked me to cut software costs this year.', ['objection.authority'], []],
  ['Let me brief the executive director first.', ['objection.authority'], []],
  ['Our director asked me to look at options for scheduling.', [], ['objection.authority']],
  ["I'll take it to heart, thanks.", [], ['objection.authority']],
  ['We got it done without the board noticing any disruption.', [], ['objection.authority']],  // churn: not sure it renews, another chance, everything's on the table including you
  ["If it's another ten percent, I'm not sure it renews.", ['risk.churn'], []],
  ["I can't go to my COO and say give them another chance without something concrete.", ['risk.churn', 'objection.authority'], []],
  ["Everything that isn't payroll is on the table. That includes you.", ['risk.churn'], []],
  ["The old system stays up until we cut over, then we'll give them notice.", [], ['risk.churn']],
  ['The carrier throws in tracking for free if we renew the supply deal.', [], ['risk.churn']],
  // need: it never fails, why would we need both, the fix is not software
  ['Honestly, the paper log has never let us down.', ['objection.need'], []],
  ["He's saying, why do we need both?", ['objection.need'], []],
  ['Part of me thinks the answer is two more dock doors, not more software.', ['objection.need'], []],
  ['The server crashed twice last week and nobody noticed.', [], ['objection.need']],
  ['Why do we need to export it first?', [], ['objection.need']],  // security: a conditional gate, SSO as a plan feature, a twitchy board
  ['If security signs off, could we start with two sites in June?', ['buying_signal'], ['objection.security']],
  ['Okay. And do you support our SSO provider?', [], ['objection.security']],
  ['Any chance you can include SSO on the team plan?', [], ['objection.security']],
  ["We'd need SSO before anyone logs in.", ['objection.security'], []],
  ['After the breach the board is very twitchy about card data.', ['objection.security'], []],
  // buying: bringing the data over, live by a date, the terms at the quoted number
  ['Can it import our current students, or do we type them all in again?', ['buying_signal'], []],
  ['If the board says yes, could we be live before the season opens?', ['buying_signal'], []],
  ['Would the two years lock the price for the second year too?', ['buying_signal'], []],
  ['Could you do a two-year at that?', ['buying_signal'], []],
  ['We had to type them all in again last time.', [], ['buying_signal']],
];

mustAndMustNot('round 3: single turns, with hard negatives', round3Single);

const round3Dialogues: [string, ['rep' | 'customer', string][], string[], string[]][] = [
  ['a rival the rep recalls, still in the mix', [
    ['rep', 'You mentioned you were also looking at Assaia?'],
    ['customer', "They're still in the mix, honestly."],
  ], ['objection.competitor'], []],
  ['a count that answers "how many?" is no price', [
    ['rep', 'The annual plan is cheaper per month.'],
    ['customer', 'Okay.'],
    ['rep', 'How many inquiries do you get a week in season?'],
    ['customer', 'Forty, fifty? And we answer each one by hand.'],
  ], [], ['pricing.discussed']],
  ['still in the mix with no rival named is no competitor', [
    ['rep', 'How are the stand planners finding the pilot?'],
    ['customer', "They're still in the mix of learning it."],
  ], [], ['objection.competitor']],
];

dialogues('round 3: short dialogues, with hard negatives', round3Dialogues);

const round4Single: [string, string[], string[]][] = [
  // security: a review reported as over and clean, a script hacked together, meeting logistics, "it" the pronoun
  ['Good news, the security review went fine. Our outside IT firm signed off, no open items.', [], ['objection.security']],
  ['Tony finished the security review last week. Went fine, no issues, he just wanted the data retention thing in writing, which you already sent.', [], ['objection.security']],
  ['Our CTO hacked together a Python script that batches the orders.', [], ['objection.security']],
  ['Could we get our compliance officer, Raj, on with you Friday morning?', [], ['objection.security']],
  ['Send the BAA ahead of time so he can mark it up.', [], ['objection.security']],
  ["It's a tough pill to swallow for a house our size.", ['objection.price'], ['objection.security']],
  ['Legal needs to sign off before we can move.', ['objection.security'], []],
  ["Our security team hasn't signed off yet.", ['objection.security'], []],
  ['Vendor onboarding requires a completed security questionnaire.', ['objection.security'], []],
  ["We got hacked last year, so the board is nervous.", ['objection.security'], []],
  ["Our compliance officer will join, and he's worried about where the recordings go.", ['objection.security'], []],
  ["If a nurse dictates in a patient's home, that's PHI.", ['objection.security'], []],
  // price: the cost is what's wrong, a reaction to an amount, a rival aggressive on price, priced for someone bigger, paying for what they do free
  ["The hardware's not the problem, it's the per-unit monthly fee.", ['objection.price'], []],
  ['I have to say, the new number was a bit of a surprise.', ['objection.price'], []],
  ["They're pretty aggressive on price.", ['objection.price'], []],
  ["It's mostly the price. The product's fine.", ['objection.price'], []],
  ["I'm guessing this is priced for, like, FedEx.", ['objection.price'], []],
  ['Another three grand a year? For something I do myself for free?', ['objection.price'], []],
  ["Fourteen's still steep, though.", ['objection.price'], []],
  ["The learning curve is steep for new staff.", [], ['objection.price']],
  ['The surprise was how fast the team picked it up.', [], ['objection.price']],
  ["It's mostly the onboarding that worries me.", [], ['objection.price']],
];

mustAndMustNot('round 4: single turns, with hard negatives', round4Single);

const round4Dialogues: [string, ['rep' | 'customer', string][], string[], string[]][] = [
  // spelled ordinal days of the month count as dates wherever numeric ones do
  ['a restated spelled ordinal after "Good. … can we?"', [
    ['customer', "Good. And can we get on a call Monday the twenty-sixth, like two o'clock, to go over it?"],
    ['rep', "Two o'clock on the twenty-sixth, absolutely."],
  ], ['next_steps'], []],
  ['a slot offered after "Sure.", taken back with the ordinal', [
    ['rep', "Sure. How about I put fifteen minutes on the calendar now? Tuesday the third, four o'clock?"],
    ['customer', 'Ugh, fine, yeah, Tuesday the third at four works.'],
  ], ['next_steps'], []],
  ['yep on a restated ordinal slot', [
    ['rep', 'Could we do Tuesday the twenty-fifth at eleven?'],
    ['customer', 'Tuesday the twenty-fifth at eleven, yep.'],
  ], ['next_steps'], []],
  ['a different ordinal is not taking the slot', [
    ['rep', 'Could we do Tuesday the twenty-fifth at eleven?'],
    ['customer', 'Hmm, the twenty-sixth is my only free day this month, I think.'],
  ], [], ['next_steps']],
];

dialogues('round 4: short dialogues, with hard negatives', round4Dialogues);
