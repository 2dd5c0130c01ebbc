/**
 * The ASR worker's API (STYLE.md "Worker API with comlink"): `asr.worker.ts` exposes
 * `createAsrApi(browserDeps)`; Node (CLI, tests, benchmarks) calls it directly with node deps.
 * All work is queued on one promise chain; expected failures are returned as `{ ok: false, code }`.
 */
import type { SentimentScorer } from '../core/sentiment/lexicon.ts';
import type { Speaker } from '../core/types.ts';
import type {
  AsrFailure,
  AsrErrorCode,
  AsrResult,
  AsrStatus,
  Backend,
  LoadInfo,
  LoadOptions,
  LoadProgress,
  ModelFileInput,
  SegmentListener,
  SessionOptions,
  TranscribeOptions,
  Transcription,
} from './asr-types.ts';
import { chooseDtype } from './model-dtype.ts';
import type { ModelListing, ModelStore } from './model-manager.ts';
import { createSpeechSession, type SpeechSession } from './speech-session.ts';
import { createSentimentScorer, type SentimentLoadInfo, type SentimentSource } from './sentiment-scorer.ts';
import type { Vad } from './vad.ts';
import { loadWhisper, type Whisper } from './whisper-transcriber.ts';
import { createWorkQueue } from './work-queue.ts';

export interface AsrDeps {
  /** The backend to use for a request ('auto': best available), or null when it is unavailable. */
  pickBackend(requested: Backend | 'auto', opts?: { threads?: number }): Promise<Backend | null>;
  /** Threads ONNX Runtime computes on (browser: WASM threads), when known. */
  threads?(): Promise<number>;
  /** Readies transformers.js' env for loading `modelId`, lists the model's files (and the id to load by). */
  resolveModel(modelId: string, opts: LoadOptions): Promise<{ files: string[]; loadId?: string } | AsrFailure>;
  createVad(): Promise<Vad>;
  /** The VAD runs on an ONNX Runtime of its own (browser: its own worker): it need not take the ONNX turn. */
  vadApart?: boolean;
  /** A fixed sentiment scorer (tests); otherwise a model from `sentiment` when one is installed, else the lexicon. */
  scoreSentiment?: SentimentScorer;
  /** Where installed sentiment models are (workers/sentiment-scorer.ts). */
  sentiment?: SentimentSource;
  models?: ModelStore;
  /** Told when a model finished loading or was disposed (logging, tests). */
  onModelEvent?(event: { type: 'loaded' | 'disposed'; modelId: string }): void;
}

const fail = (code: AsrErrorCode, message: string): AsrFailure => ({ ok: false, code, message });
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0];

export function createAsrApi(deps: AsrDeps) {
  const queue = createWorkQueue();
  // ONNX Runtime Web runs every session on one wasm instance: a VAD run that starts while Whisper
  // awaits between decoder steps corrupts it ("output name cannot be empty"; seen when a dropped
  // file is analyzed faster than real time). Every model run in this worker takes this turn; in the
  // browser the VAD has an ONNX Runtime of its own (deps.vadApart) and does not wait for Whisper.
  const ortTurn = createWorkQueue();
  const serialVad = (v: Vad): Vad => ({
    createStream() {
      const stream = v.createStream();
      return {
        probability: (frame) => ortTurn.run(() => stream.probability(frame)),
        probabilities: (frames) => ortTurn.run(() => stream.probabilities(frames)),
        reset: () => stream.reset(),
      };
    },
    dispose: () => v.dispose(),
  });
  const sessions = new Map<string, SpeechSession>();
  const sentiment = createSentimentScorer({ source: deps.sentiment, ortTurn, override: deps.scoreSentiment });
  let whisper: Whisper | null = null;
  let threads: number | undefined;
  let vad: Promise<Vad> | null = null;
  let nextSession = 1;

  async function disposeWhisper(): Promise<void> {
    const old = whisper;
    whisper = null;
    if (!old) return;
    await old.dispose();
    deps.onModelEvent?.({ type: 'disposed', modelId: old.modelId });
  }

  const getVad = () => (vad ??= deps.createVad().catch((err) => ((vad = null), Promise.reject(err))));

  async function doLoad(modelId: string, onProgress?: (p: LoadProgress) => void, opts: LoadOptions = {}): Promise<AsrResult<LoadInfo>> {
    const started = Date.now();
    const backend = await deps.pickBackend(opts.backend ?? 'auto', { threads: opts.threads });
    if (!backend) return fail('webgpu-unavailable', `backend ${opts.backend} is not available here`);
    threads = await deps.threads?.();
    const resolved = await deps.resolveModel(modelId, opts);
    if ('ok' in resolved) return resolved;
    const choice = chooseDtype(resolved.files, backend);
    if ('missing' in choice) return fail('model-incomplete', `${modelId} lacks ${choice.missing.join(', ')}`);
    await disposeWhisper();
    try {
      whisper = await loadWhisper(resolved.loadId ?? modelId, { backend, dtype: choice.dtype, onProgress });
      deps.onModelEvent?.({ type: 'loaded', modelId: whisper.modelId });
      void queue.run(() => sentiment.warm()); // after Whisper, before the segments that follow
    } catch (err) {
      const msg = messageOf(err);
      return fail(/not found|local_files_only|allowRemoteModels/i.test(msg) ? 'model-missing' : 'model-load-failed', msg);
    }
    return { ok: true, modelId, backend, dtype: choice.dtype, ...(threads ? { threads } : {}), loadMs: Date.now() - started };
  }

  async function transcribeNow(pcm: Float32Array, maxNewTokens: number, minNewTokens?: number) {
    if (!whisper) throw new Error('no model loaded');
    const w = whisper;
    return ortTurn.run(() => w.transcribe(pcm, maxNewTokens, minNewTokens));
  }

  const session = (id: string) => sessions.get(id);
  const unknown = (id: string) => fail('session-unknown', `no open session ${id}`);

  async function flush(sessionId: string): Promise<AsrResult<{ segments: number; dropped: number; early: { used: number; wasted: number } }>> {
    const s = session(sessionId);
    if (!s) return unknown(sessionId);
    return { ok: true, ...(await s.flush()) };
  }

  return {
    /** Loads (or switches to) a model; the previous one is disposed. Queued behind pending work. */
    load(modelId: string, onProgress?: (p: LoadProgress) => void, opts?: LoadOptions): Promise<AsrResult<LoadInfo>> {
      return queue.run(() => doLoad(modelId, onProgress, opts));
    },

    /** Loads (downloading it when allowed) a sentiment model and makes it the scorer; queued like `load`. */
    loadSentiment(modelId: string, onProgress?: (p: LoadProgress) => void, opts?: LoadOptions): Promise<AsrResult<SentimentLoadInfo>> {
      return queue.run(() => sentiment.load(modelId, onProgress, opts));
    },

    /** Transcribes one utterance (16 kHz mono). */
    transcribe(pcm: Float32Array, opts: TranscribeOptions = {}): Promise<AsrResult<Transcription>> {
      if (!(pcm instanceof Float32Array) || pcm.length === 0) return Promise.resolve(fail('bad-audio', 'empty or non-Float32 audio'));
      const budget = opts.maxNewTokens ?? Math.ceil((pcm.length / 16_000) * 6) + 10;
      return queue.run(async () => {
        if (!whisper) return fail('not-loaded', 'load a model first');
        const t0 = performance.now();
        try {
          const w = whisper;
          const r = await ortTurn.run(() => w.transcribe(pcm, budget, opts.minNewTokens));
          return { ok: true as const, ...r, ms: Math.round(performance.now() - t0) };
        } catch (err) {
          return fail('transcribe-failed', messageOf(err));
        }
      });
    },

    /** Opens a recording session; `onSegment` is called once per transcribed utterance. */
    async openSession(opts: SessionOptions, onSegment: SegmentListener): Promise<AsrResult<{ sessionId: string }>> {
      let v: Vad;
      try {
        v = await getVad();
      } catch (err) {
        return fail('vad-failed', messageOf(err));
      }
      const sessionId = `${opts.callId}#${nextSession++}`;
      sentiment.recheck(); // a sentiment model may have been imported since (the side panel writes IndexedDB itself)
      if (whisper) void queue.run(() => sentiment.warm());
      sessions.set(sessionId, createSpeechSession(opts, onSegment, { vad: deps.vadApart ? v : serialVad(v), queue, transcribe: transcribeNow, scoreSentiment: sentiment.score }));
      return { ok: true, sessionId };
    },

    /** 16 kHz mono chunk of one channel; `offset` = call time (s) of its first sample. */
    async pushAudio(sessionId: string, speaker: Speaker, pcm: Float32Array, offset: number): Promise<AsrResult> {
      const s = session(sessionId);
      if (!s) return unknown(sessionId);
      if (speaker !== 'rep' && speaker !== 'customer') return fail('bad-audio', `unknown speaker ${String(speaker)}`);
      if (!(pcm instanceof Float32Array) || !Number.isFinite(offset)) return fail('bad-audio', 'expected Float32Array and a finite offset');
      try {
        await s.push(speaker, pcm, offset);
        return { ok: true };
      } catch (err) {
        return fail('vad-failed', messageOf(err));
      }
    },

    /** Cuts open utterances; resolves when all audio pushed so far is transcribed and delivered. */
    flushSession: flush,

    /** flushSession, then forgets the session. */
    async closeSession(sessionId: string): Promise<AsrResult<{ segments: number; dropped: number; early: { used: number; wasted: number } }>> {
      const r = await flush(sessionId);
      sessions.delete(sessionId);
      return r;
    },

    status(): AsrStatus {
      let pending = 0;
      for (const s of sessions.values()) pending += s.pending;
      return { modelId: whisper?.modelId ?? null, backend: whisper?.backend ?? null, ...(whisper && threads ? { threads } : {}), pending, sessions: sessions.size, sentiment: sentiment.status() };
    },

    async listModels(): Promise<ModelListing[]> {
      return deps.models ? deps.models.list() : [];
    },

    async importModelFiles(modelId: string, files: ModelFileInput[]): Promise<AsrResult<{ bytes: number }>> {
      if (!deps.models) return fail('model-missing', 'no model store here');
      const r = await deps.models.importFiles(modelId, files);
      if (r.ok) sentiment.invalidate();
      return r;
    },

    async deleteModel(modelId: string): Promise<void> {
      await deps.models?.remove(modelId);
      sentiment.invalidate();
    },

    /** Frees the model and the VAD; the API can load again afterwards. */
    dispose(): Promise<void> {
      return queue.run(async () => {
        sessions.clear();
        await disposeWhisper();
        await sentiment.dispose();
        const v = vad;
        vad = null;
        await (await v?.catch(() => null))?.dispose();
      });
    },
  };
}

export type AsrApi = ReturnType<typeof createAsrApi>;
