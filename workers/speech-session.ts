/**
 * One recording: per channel (rep = microphone, customer = tab) a frame splitter, a Silero VAD
 * stream and an utterance assembler; each finished utterance is queued for transcription on the
 * shared work queue and delivered as a Segment. Silence never reaches Whisper (VAD gate); very low
 * log-probability results and lone phantom phrases are dropped.
 */
import { FrameSplitter } from '../core/audio/frame-splitter.ts';
import { UtteranceAssembler, type Utterance } from '../core/audio/utterance-assembler.ts';
import type { Segment, Sentiment, Speaker } from '../core/types.ts';
import type { SegmentListener, SessionOptions } from './asr-types.ts';
import { isPhantom } from './phantom-phrases.ts';
import { VAD_FRAME_SAMPLES, type Vad, type VadStream } from './vad.ts';
import type { WhisperResult } from './whisper-transcriber.ts';
import type { WorkQueue } from './work-queue.ts';

export interface SpeechSessionDeps {
  vad: Vad;
  queue: WorkQueue;
  transcribe(pcm: Float32Array, maxNewTokens: number, minNewTokens?: number): Promise<WhisperResult>;
  /** Lexicon (sync) or model (async); awaited inside the queued job, so segments keep their order. */
  scoreSentiment(text: string): Sentiment | Promise<Sentiment>;
}

interface Channel {
  splitter: FrameSplitter;
  assembler: UtteranceAssembler;
  stream: VadStream;
  /** Transcription started during the end-of-speech hangover, for the utterance under way. */
  early?: EarlyRun;
}

/**
 * An utterance transcribed while the VAD's end-of-speech silence (minSilenceSeconds) was still
 * running: used when the utterance ends with the same audio and budget, dropped when speech resumes.
 */
interface EarlyRun {
  audioStart: number;
  samples: number;
  budget: number;
  result: Promise<WhisperResult>;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function createSpeechSession(opts: SessionOptions, onSegment: SegmentListener, deps: SpeechSessionDeps) {
  const minAvgLogprob = opts.minAvgLogprob ?? -1;
  const tokensPerSecond = opts.maxTokensPerSecond ?? 6;
  const channels = new Map<Speaker, Channel>();
  const inFlight = new Set<Promise<void>>();
  let vadChain: Promise<void> = Promise.resolve();
  let delivered = 0;
  let dropped = 0;
  const early = { used: 0, wasted: 0 };

  const channel = (speaker: Speaker): Channel => {
    let ch = channels.get(speaker);
    if (!ch) {
      ch = {
        splitter: new FrameSplitter(VAD_FRAME_SAMPLES, 16_000),
        assembler: new UtteranceAssembler(opts.vad),
        stream: deps.vad.createStream(),
      };
      channels.set(speaker, ch);
    }
    return ch;
  };

  const budgetOf = (u: Utterance) => {
    const fixed = opts.fixedTokensPerSecond && Math.ceil((u.end - u.start) * opts.fixedTokensPerSecond);
    return { budget: fixed || Math.ceil((u.end - u.start) * tokensPerSecond) + 10, min: fixed || undefined };
  };

  async function toSegment(speaker: Speaker, u: Utterance, earlyResult?: Promise<WhisperResult>): Promise<Segment | null> {
    const { budget, min } = budgetOf(u);
    const r = await (earlyResult ?? deps.transcribe(u.audio, budget, min));
    if (isPhantom(r.text) || r.avgLogprob < minAvgLogprob) return null;
    const start = round3(u.start);
    return {
      id: `${opts.callId}-${speaker}-${Math.round(start * 1000)}`,
      callId: opts.callId,
      speaker,
      start,
      end: round3(u.end),
      text: r.text,
      sentiment: await deps.scoreSentiment(r.text),
      avgLogprob: Math.round(r.avgLogprob * 1000) / 1000,
    };
  }

  /**
   * Early transcription: once the open utterance's audio is final (post-roll complete, silence
   * under way) and nothing else waits for the worker, transcribe it during the rest of the
   * hangover instead of after it. Speech that resumes wastes that run (counted).
   */
  function startEarly(ch: Channel): void {
    if (opts.earlyTranscription === false) return;
    const u = ch.assembler.pending();
    if (!u) {
      if (ch.early) early.wasted++;
      ch.early = undefined;
      return;
    }
    if (ch.early || deps.queue.pending > 0) return;
    const { budget, min } = budgetOf(u);
    const result = deps.queue.run(() => deps.transcribe(u.audio, budget, min));
    result.catch(() => undefined);
    ch.early = { audioStart: u.audioStart, samples: u.audio.length, budget, result };
  }

  /** The early run of `u`, when it transcribed exactly this audio with this budget. */
  function takeEarly(ch: Channel, u: Utterance): Promise<WhisperResult> | undefined {
    const e = ch.early;
    ch.early = undefined;
    if (!e) return undefined;
    if (e.audioStart === u.audioStart && e.samples === u.audio.length && e.budget === budgetOf(u).budget) {
      early.used++;
      return e.result;
    }
    early.wasted++;
    return undefined;
  }

  function enqueue(speaker: Speaker, utterances: Utterance[]): void {
    const ch = channel(speaker);
    for (const u of utterances) {
      const earlyResult = takeEarly(ch, u);
      const job = deps.queue
        .run(() => toSegment(speaker, u, earlyResult))
        .then(async (segment) => {
          if (!segment) return void dropped++;
          delivered++;
          await Promise.resolve(onSegment(segment)).catch(() => undefined);
        })
        .catch(() => void dropped++)
        .finally(() => inFlight.delete(job));
      inFlight.add(job);
    }
  }

  async function vadPush(speaker: Speaker, pcm: Float32Array, offset: number): Promise<void> {
    const ch = channel(speaker);
    const { frames, gap } = ch.splitter.push(pcm, offset);
    if (gap) {
      enqueue(speaker, ch.assembler.flush());
      ch.stream.reset();
    }
    const probabilities = frames.length ? await ch.stream.probabilities(frames.map((f) => f.frame)) : [];
    for (const [i, { frame, time }] of frames.entries()) {
      const done = ch.assembler.push(frame, probabilities[i], time);
      if (done.length) enqueue(speaker, done);
      else startEarly(ch);
    }
  }

  return {
    /** Resolves once the chunk went through the VAD (transcription continues in the background). */
    push(speaker: Speaker, pcm: Float32Array, offset: number): Promise<void> {
      const run = vadChain.then(() => vadPush(speaker, pcm, offset));
      vadChain = run.catch(() => undefined);
      return run;
    },
    /** Ends open utterances and waits until every queued one is delivered (or dropped). */
    async flush(): Promise<{ segments: number; dropped: number; early: { used: number; wasted: number } }> {
      await vadChain;
      for (const [speaker, ch] of channels) enqueue(speaker, ch.assembler.flush());
      while (inFlight.size) await Promise.all([...inFlight]);
      return { segments: delivered, dropped, early: { ...early } };
    },
    get pending() {
      return inFlight.size;
    },
  };
}

export type SpeechSession = ReturnType<typeof createSpeechSession>;
