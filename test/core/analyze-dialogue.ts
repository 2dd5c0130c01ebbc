/**
 * Realistic generated sales-call transcripts for engine tests and the benchmark: discovery
 * questions, objections of every kind, competitor mentions, buying signals, next steps, filler,
 * monologues, interruptions and slightly out-of-order arrival, from a seeded PRNG.
 */
import type { Segment, Speaker } from '../../core/types.ts';

/** mulberry32: a tiny seeded PRNG, so every run generates the same call. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REP = [
  'Thanks for making the time today. How is the quarter going for your team?',
  'So, um, what made you take this call now rather than six months ago?',
  'Walk me through how your reps handle call reviews today.',
  'Got it. And who else is involved when you evaluate a tool like this?',
  'Let me show you the dashboard. Every call is transcribed on the laptop, so no audio leaves the machine.',
  'Uh, basically the side panel flags objections as they happen, and you know, it suggests what to ask next.',
  'That makes sense. What would it cost you if ramp time stayed where it is?',
  'We price per seat, and annual plans come with onboarding included.',
  'Would it help if I put together a short business case for your CFO?',
  'How about we book thirty minutes on Thursday at 2 pm with your security lead?',
  'I, um, I think the, uh, main thing is that managers get the, you know, the coaching moments without listening to every call.',
  'Sure. I can send the SOC 2 report and our data processing agreement today.',
  'Is there anything that would stop you from moving forward if the pilot goes well?',
  'Great question. Onboarding usually takes two weeks, and we run the first training session with you.',
  'Okay, got it.',
  'Right, that is fair.',
  'Does that make sense so far?',
];

const CUSTOMER = [
  'Pretty busy, we just hired six new reps.',
  'Honestly the price is way more than we budgeted for this year.',
  'This is too expensive for a team our size, can you do anything on the discount?',
  "Let's circle back after the holidays, now is not a good time.",
  'Can you just send me an email with the details and I will think about it?',
  'I would need to run this by my VP before we commit to anything.',
  'We already use Gong for call recording and it works fine.',
  "We're happy with our current process, I don't really see the need.",
  'Our legal team will want to review GDPR and where the data is stored.',
  'Security is going to ask about SOC 2 before anything else.',
  'How long does onboarding usually take? Could we start next month?',
  'What would the contract look like for a twelve month term?',
  'Thursday at 2 works for me, I will bring our security lead.',
  "Frankly we've been frustrated with the support, and we're thinking about cancelling.",
  'If this does not improve we will not renew next year.',
  'Yeah, that makes sense.',
  'Mm-hmm.',
  'Okay.',
  'Right, sure.',
  'Got it, go on.',
  'The price is not a problem for us, the timing is.',
  'Interesting. How does it handle Teams calls?',
];

export interface DialogueOptions {
  seed?: number;
  /** Stop once the call is this long (s). */
  seconds?: number;
  callId?: string;
}

/** A call transcript sorted by start; ~1,200 segments for an hour. */
export function generateDialogue({ seed = 1, seconds = 3600, callId = 'call-gen' }: DialogueOptions = {}): Segment[] {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const out: Segment[] = [];
  let t = 0;
  let speaker: Speaker = 'rep';
  while (t < seconds) {
    // Now and then the rep keeps going for several utterances (a monologue).
    const run = speaker === 'rep' && rand() < 0.12 ? 4 + Math.floor(rand() * 8) : 1;
    for (let k = 0; k < run && t < seconds; k++) {
      // VAD closes an utterance at the pause between sentences.
      for (const text of pick(speaker === 'rep' ? REP : CUSTOMER).split(/(?<=[.?!])\s+/)) {
        const words = text.split(/\s+/).length;
        const duration = Math.round((words / (3.1 + rand()) + 0.2) * 100) / 100;
        const start = Math.round(t * 100) / 100;
        out.push({ id: `${callId}-${out.length}`, callId, speaker, start, end: Math.round((start + duration) * 100) / 100, text });
        t = start + duration + 0.1 + rand() * 0.4;
      }
    }
    speaker = speaker === 'rep' ? 'customer' : 'rep';
    // Sometimes the next speaker starts before the last one finished (an interruption).
    if (rand() < 0.08) t -= 1 + rand();
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The order segments reach the engine live: each channel's VAD closes an utterance when it
 * ends, and ASR latency varies, so two channels interleave slightly out of start order.
 */
export function arrivalOrder(segments: readonly Segment[], seed = 7): Segment[] {
  const rand = seededRandom(seed);
  return segments
    .map((s) => ({ s, at: s.end + 0.3 + rand() * 1.5 }))
    .sort((a, b) => a.at - b.at)
    .map(({ s }) => s);
}
