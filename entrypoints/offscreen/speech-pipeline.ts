/**
 * Adapter between the recorder and the speech worker (workers/asr-client.ts): the recorder
 * pushes aligned 16 kHz mono chunks per speaker; finished utterances come back as segments.
 */
import type { Sentiment, Speaker } from '../../core/types.ts';

export interface SpeechSegment {
  speaker: Speaker;
  start: number;
  end: number;
  text: string;
  sentiment?: Sentiment;
  avgLogprob?: number;
}

export interface SpeechPipeline {
  readonly model: string;
  readonly backend: 'webgpu' | 'wasm';
  /** Appends the next chunk of one speaker's channel (both channels advance together). */
  push(speaker: Speaker, pcm: Float32Array): void;
  /** Seconds of audio pushed but not yet transcribed. */
  pendingSeconds(): number;
  /** Ends the open utterances and waits for their segments. */
  flush(): Promise<void>;
  dispose(): Promise<void>;
}

export interface SpeechPipelineOptions {
  model: string;
  language: string;
  onSegment: (segment: SpeechSegment) => void;
  onWarning: (message: string) => void;
}

export async function createSpeechPipeline(opts: SpeechPipelineOptions): Promise<SpeechPipeline> {
  opts.onWarning('The speech engine is not available in this build: recording audio without a live transcript.');
  return {
    model: opts.model,
    backend: 'wasm',
    push: () => undefined,
    pendingSeconds: () => 0,
    flush: async () => undefined,
    dispose: async () => undefined,
  };
}
