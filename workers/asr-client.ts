/**
 * Client of the ASR worker (workers/asr.worker.ts) for the OFFSCREEN DOCUMENT.
 * Create it there (never in the service worker or a content script: ORT does not load there).
 *
 * How to use it:
 *
 *   import { createAsrClient } from '../../workers/asr-client.ts';
 *
 *   const asr = createAsrClient();                       // spawns the Web Worker
 *   const loaded = await asr.load('onnx-community/whisper-tiny.en', (p) => {
 *     // per-file progress: p.status 'progress', p.file, p.loaded, p.total, p.progress (0..100)
 *   });
 *   if (!loaded.ok) show(loaded.code);                   // 'model-missing' | 'model-load-failed' | ...
 *   else show(`${loaded.backend}`);                      // 'webgpu' | 'wasm'
 *
 *   const session = await asr.createSpeechSession({
 *     callId,
 *     onSegment: (segment) => saveSegment(segment),      // Segment {id, callId, speaker, start, end, text, sentiment, avgLogprob}
 *   });
 *   // From the AudioWorklet, for each channel: 16 kHz mono Float32 chunks (any length) with the
 *   // call time (seconds since recording started) of their first sample.
 *   // 'rep' = microphone, 'customer' = tab audio. The chunk's buffer is TRANSFERRED (detached after).
 *   await session.push('rep', micChunk, micOffsetSeconds);
 *   await session.push('customer', tabChunk, tabOffsetSeconds);
 *   // Stop: cut open utterances, wait until every one is transcribed and delivered.
 *   await session.close();
 *   asr.terminate();                                     // when the offscreen document goes away
 *
 * The worker runs Silero VAD per channel, cuts utterances (<= 30 s, with pre-roll), transcribes them
 * one at a time (queued, none dropped), scores sentiment and calls `onSegment` once per utterance.
 * Silence is never decoded. Switching model: call `load` again; the old model is disposed.
 * Models: `asr.listModels()`, `asr.importModelFiles(id, files)` (a folder picked with
 * <input type=file webkitdirectory>: pass { path: file.webkitRelativePath minus the top folder, data: file }),
 * `asr.deleteModel(id)`; `load(id, cb, { allowDownload: true })` downloads from the Hub into IndexedDB.
 * Sentiment: the first installed text-classification model (model-catalog's SENTIMENT_CATALOG, or
 * an imported folder) scores segments, loaded after Whisper; else the lexicon. `(await asr.api.status()).sentiment`
 * says which; `asr.loadSentiment(id, cb, { allowDownload: true })` downloads one and switches to it.
 */
import { proxy, transfer, wrap, type Remote } from 'comlink';
import type { AsrApi } from './asr-api.ts';
import type { SentimentLoadInfo } from './sentiment-scorer.ts';
import type {
  AsrResult,
  LoadInfo,
  LoadOptions,
  LoadProgress,
  ModelFileInput,
  SegmentListener,
  SessionOptions,
  Speaker,
  TranscribeOptions,
  Transcription,
} from './asr-types.ts';
import type { ModelListing } from './model-manager.ts';

export interface SpeechSession {
  readonly sessionId: string;
  /** 16 kHz mono samples of one channel; `offsetSeconds` = call time of the first sample. */
  push(speaker: Speaker, pcm: Float32Array, offsetSeconds: number): Promise<AsrResult>;
  /** Cuts open utterances and resolves when everything pushed so far is delivered. */
  flush(): Promise<AsrResult<{ segments: number }>>;
  /** flush() then forget the session. */
  close(): Promise<AsrResult<{ segments: number }>>;
}

export interface AsrClient {
  readonly api: Remote<AsrApi>;
  load(modelId: string, onProgress?: (p: LoadProgress) => void, opts?: LoadOptions): Promise<AsrResult<LoadInfo>>;
  /** Loads (with `allowDownload`: downloads) a sentiment model and makes it the scorer. */
  loadSentiment(modelId: string, onProgress?: (p: LoadProgress) => void, opts?: LoadOptions): Promise<AsrResult<SentimentLoadInfo>>;
  transcribe(pcm: Float32Array, opts?: TranscribeOptions): Promise<AsrResult<Transcription>>;
  createSpeechSession(opts: SessionOptions & { onSegment: SegmentListener }): Promise<SpeechSession>;
  listModels(): Promise<ModelListing[]>;
  importModelFiles(modelId: string, files: ModelFileInput[]): Promise<AsrResult<{ bytes: number }>>;
  deleteModel(modelId: string): Promise<void>;
  terminate(): void;
}

/** Wraps any comlink endpoint (a Worker, or a MessagePort in tests) exposing `createAsrApi(...)`. */
export function createAsrClientFor(endpoint: Worker | MessagePort, terminate: () => void = () => {}): AsrClient {
  const api = wrap<AsrApi>(endpoint);
  return {
    api,
    load: (modelId, onProgress, opts) => api.load(modelId, onProgress ? proxy(onProgress) : undefined, opts),
    loadSentiment: (modelId, onProgress, opts) => api.loadSentiment(modelId, onProgress ? proxy(onProgress) : undefined, opts),
    transcribe: (pcm, opts) => api.transcribe(transfer(pcm, [pcm.buffer]), opts),
    async createSpeechSession({ onSegment, ...opts }) {
      const opened = await api.openSession(opts, proxy(onSegment));
      if (!opened.ok) throw new Error(`${opened.code}: ${opened.message}`);
      const { sessionId } = opened;
      return {
        sessionId,
        push: (speaker, pcm, offset) => api.pushAudio(sessionId, speaker, transfer(pcm, [pcm.buffer]), offset),
        flush: () => api.flushSession(sessionId),
        close: () => api.closeSession(sessionId),
      };
    },
    listModels: () => api.listModels(),
    importModelFiles: (modelId, files) => api.importModelFiles(modelId, files),
    deleteModel: (modelId) => api.deleteModel(modelId),
    terminate,
  };
}

/** Spawns workers/asr.worker.ts (bundled by WXT/Vite) and wraps it. */
export function createAsrClient(): AsrClient {
  const worker = new Worker(new URL('./asr.worker.ts', import.meta.url), { type: 'module' });
  return createAsrClientFor(worker, () => worker.terminate());
}
