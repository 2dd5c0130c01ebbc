/**
 * Types of the ASR worker API (workers/asr-api.ts), shared by the worker, its client and the CLI.
 * Everything here crosses the worker boundary: plain data only (no classes, no errors).
 */
import type { Segment, Speaker } from '../core/types.ts';
import type { VadParams } from '../core/audio/utterance-assembler.ts';

/** Where Whisper runs: WebGPU or WASM in the browser, onnxruntime-node ('cpu') in Node. */
export type Backend = 'webgpu' | 'wasm' | 'cpu';

export type AsrErrorCode =
  | 'model-missing'
  | 'model-incomplete'
  | 'model-load-failed'
  | 'download-failed'
  | 'not-loaded'
  | 'webgpu-unavailable'
  | 'vad-failed'
  | 'session-unknown'
  | 'bad-audio'
  | 'transcribe-failed';

/** Expected failures come back as data (error classes do not survive the worker boundary). */
export interface AsrFailure {
  ok: false;
  code: AsrErrorCode;
  message: string;
}

export type AsrResult<T extends object = object> = ({ ok: true } & T) | AsrFailure;

/** Per-file load/download progress, as transformers.js reports it. */
export interface LoadProgress {
  status: 'initiate' | 'download' | 'progress' | 'done' | 'ready' | string;
  file?: string;
  /** Bytes so far / in total, for `progress`. */
  loaded?: number;
  total?: number;
  /** 0..100 for the file named. */
  progress?: number;
}

export interface LoadOptions {
  /** 'auto' (default): WebGPU when navigator.gpu gives an adapter, else WASM; 'cpu' in Node. */
  backend?: Backend | 'auto';
  /** Fetch missing files from the Hugging Face Hub (only when the user chose to download). */
  allowDownload?: boolean;
  /**
   * WASM threads (default: one per core, at most 4, where the worker is cross-origin isolated;
   * else 1). ONNX Runtime fixes them when the worker's first model or VAD starts: later values are
   * ignored (LoadInfo.threads says what is in force).
   */
  threads?: number;
}

export interface LoadInfo {
  modelId: string;
  backend: Backend;
  /** Weight precision per ONNX file, e.g. { encoder_model: 'fp32', decoder_model_merged: 'q8' }. */
  dtype: Record<string, string>;
  /** Threads ONNX Runtime computes on, where the deps know it (browser: WASM threads). */
  threads?: number;
  loadMs: number;
}

export interface TranscribeOptions {
  /** Upper bound on decoded tokens (default: 6 per second of audio + 10). */
  maxNewTokens?: number;
  /** Decode at least this many tokens (benchmarks: a fixed decode length). */
  minNewTokens?: number;
}

export interface Transcription {
  /** Trimmed text; '' when the guards dropped it (phantom phrase). */
  text: string;
  /** Mean log-probability of the decoded tokens (greedy). */
  avgLogprob: number;
  tokens: number;
  ms: number;
}

export interface SessionOptions {
  callId: string;
  /** Utterances whose mean token log-probability is below this are dropped (default -1). */
  minAvgLogprob?: number;
  /** Decode budget per second of speech (default 6, plus 10 tokens). */
  maxTokensPerSecond?: number;
  /** Benchmarks: decode exactly this many tokens per second of speech (a fixed decode length). */
  fixedTokensPerSecond?: number;
  /** Overrides of the VAD / utterance parameters. */
  vad?: Partial<VadParams>;
  /**
   * Transcribe an utterance during the VAD's end-of-speech silence, as soon as its audio is final
   * and the worker is idle, rather than after it (default true): the text comes up to
   * minSilenceSeconds - postRollSeconds sooner; a pause shorter than the hangover wastes the run.
   */
  earlyTranscription?: boolean;
}

export type SegmentListener = (segment: Segment) => void;

export interface AsrStatus {
  modelId: string | null;
  backend: Backend | null;
  /** As LoadInfo.threads, once a model is loaded. */
  threads?: number;
  /** Utterances waiting for (or in) transcription. */
  pending: number;
  sessions: number;
  /** Which sentiment scorer segments get. */
  sentiment: SentimentStatus;
}

/** The sentiment scorer in force: a text-classification model, the lexicon, or one passed in (tests). */
export interface SentimentStatus {
  scorer: 'model' | 'lexicon' | 'custom';
  /** The model's id when `scorer` is 'model'. */
  modelId: string | null;
  /** A model is being looked for or loaded (segments wait for it). */
  loading: boolean;
  /** Why the lexicon is in use although a model is configured (it did not load). */
  reason?: string;
}

export interface ModelFileInput {
  /** Path inside the model folder, e.g. `onnx/encoder_model.onnx`. */
  path: string;
  data: Blob;
}

export type { Segment, Speaker };
