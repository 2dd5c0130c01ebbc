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

  async function toSegment(speaker: Speaker, u: Utterance): Promise<Segment | null> {
    const fixed = opts.fixedTokensPerSecond && Math.ceil((u.end - u.start) * opts.fixedTokensPerSecond);
    const budget = fixed || Math.ceil((u.end - u.start) * tokensPerSecond) + 10;
    const r = await deps.transcribe(u.audio, budget, fixed || undefined);
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

  function enqueue(speaker: Speaker, utterances: Utterance[]): void {
    for (const u of utterances) {
      const job = deps.queue
        .run(() => toSegment(speaker, u))
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
    for (const { frame, time } of frames) {
      const p = await ch.stream.probability(frame);
      enqueue(speaker, ch.assembler.push(frame, p, time));
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
    async flush(): Promise<{ segments: number; dropped: number }> {
      await vadChain;
      for (const [speaker, ch] of channels) enqueue(speaker, ch.assembler.flush());
      while (inFlight.size) await Promise.all([...inFlight]);
      return { segments: delivered, dropped };
    },
    get pending() {
      return inFlight.size;
    },
  };
}

export type SpeechSession = ReturnType<typeof createSpeechSession>;
