/**
 * The default suggestion cards (battlecards), keyed by moment kind. Written as a coach would
 * say it in the moment: acknowledge, then one question that moves the call forward.
 * A team's playbook overrides any of them and adds `competitor:<name>` cards.
 */
export const defaultCards: Readonly<Record<string, string>> = {
  'objection.price':
    "Don't defend the number yet. Acknowledge it, then dig: \"Compared to what? What would it cost you to leave this problem unsolved for another year?\"",
  'objection.timing':
    'A deferral hides a reason. Ask: "What would need to be true for this to be a priority this quarter?" and agree a dated follow-up before you hang up.',
  'objection.authority':
    'Help them sell it internally. Ask: "Who else weighs in, and what will they care about most?" Offer to join the call with them.',
  'objection.competitor':
    "Don't knock the other tool. Ask: \"What do you like about it, and where does it fall short for you?\" Then tie your difference to that gap.",
  'objection.need':
    'Status quo is the real competitor. Ask: "If nothing changes, what does this look like in six months?" Quantify the cost of standing still.',
  'objection.security':
    'Take it seriously and make it concrete. Ask: "Which requirements does your security team check first?" Offer the security pack and a call with our team.',
  'buying_signal':
    'They are leaning in. Stop pitching and answer directly, then ask: "What would you need from us to get started?"',
  'next_steps':
    'Good: a dated next step. Confirm it: "Who else should join?" and send the invite while you are still on the call.',
  'next_steps.missing':
    'No next step is agreed yet. Before you close, ask: "Does Tuesday at 10 work to go through this with your team?"',
  'risk.negative_sentiment':
    'The customer sounds frustrated. Pause the agenda, name it, and ask: "It sounds like this has been painful. What is the biggest issue right now?"',
  'risk.churn':
    'Churn risk. Don\'t argue; listen first. Ask: "What would we need to fix for you to stay?" and loop in their account manager today.',
  'pricing.discussed':
    'Pricing came up. Anchor on value before numbers: "Before we get to price, which outcome matters most to you?"',
  'talk.monologue':
    'You have been talking for over a minute. Stop and check in: "How does that land with what you are seeing on your side?"',
  'talk.ratio':
    'You are doing most of the talking. Ask an open question and let them fill the silence: "How does your team handle this today?"',
  'talk.filler':
    'Lots of filler words. Slow down, pause instead of "um", land one point, then check: "What questions do you have so far?"',
  'talk.interruption':
    'You started speaking before they finished. Let them complete the thought, then ask: "Sorry, go on. You were saying?"',
};
