/**
 * The speech worker's sentiment scorer: a transformers.js text-classification model when one is
 * installed (workers/sentiment-model.ts), else the lexicon (core/sentiment/lexicon.ts: VADER plus
 * the sales phrases). Same `Sentiment` shape either way.
 *
 * The model is looked for and loaded once, lazily: `warm()` (queued by the worker right after
 * Whisper loaded) or the first `score()`. A model that is missing, malformed or fails to load
 * leaves the lexicon in charge, with the reason logged and in `status()`. Every ONNX run (the load
 * and each classification) takes the worker's `ortTurn`, as Whisper and the VAD do.
 * `score`, `warm`, `load` and `invalidate`'s effect run inside the worker's work queue, one at a
 * time, so a model is never swapped while a segment is being scored.
 */
import { scoreSentiment as lexiconSentiment, type SentimentScorer } from '../core/sentiment/lexicon.ts';
import type { Sentiment } from '../core/types.ts';
import type { AsrFailure, AsrResult, Backend, LoadOptions, LoadProgress, SentimentStatus } from './asr-types.ts';
import { chooseSentimentDtype, loadSentimentModel, type SentimentModel } from './sentiment-model.ts';
import type { WorkQueue } from './work-queue.ts';

/** A sentiment model ready to load: its id, where transformers.js loads it from, its files. */
export interface SentimentTarget {
  modelId: string;
  /** The id or folder transformers.js loads (default `modelId`). */
  loadId?: string;
  files: string[];
  backend: Backend;
}

/** Where sentiment models come from: IndexedDB in the browser (browser-deps), a folder in Node (node-deps). */
export interface SentimentSource {
  /** The installed sentiment model to use (transformers.js' env readied to load it), or null: the lexicon. Throws with the reason when one is configured but unusable. */
  find(): Promise<SentimentTarget | null>;
  /** Readies env for loading `modelId` (from the Hub when `allowDownload`). */
  resolve(modelId: string, opts: LoadOptions): Promise<SentimentTarget | AsrFailure>;
}

export interface SentimentLoadInfo {
  modelId: string;
  backend: Backend;
  dtype: string;
  loadMs: number;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0];

export function createSentimentScorer(opts: {
  source?: SentimentSource;
  ortTurn: WorkQueue;
  /** A fixed scorer instead (tests); no model is looked for. */
  override?: SentimentScorer;
  log?: (line: string) => void;
}) {
  const log = opts.log ?? ((line: string) => console.warn(line));
  let model: SentimentModel | null = null;
  let ready: Promise<SentimentModel | null> | undefined;
  let loading = false;
  let stale = false;
  let reason: string | undefined;

  async function drop(): Promise<void> {
    const old = model;
    model = null;
    if (old) await opts.ortTurn.run(() => old.dispose());
  }

  async function open(target: SentimentTarget, onProgress?: (p: LoadProgress) => void): Promise<SentimentModel> {
    const choice = chooseSentimentDtype(target.files, target.backend);
    if ('missing' in choice) throw new Error(`${target.modelId} lacks ${choice.missing.join(', ')}`);
    return opts.ortTurn.run(() =>
      loadSentimentModel(target.modelId, { loadId: target.loadId, backend: target.backend, dtype: choice.dtype, onProgress }),
    );
  }

  async function findAndLoad(): Promise<SentimentModel | null> {
    let target: SentimentTarget | null = null;
    loading = true;
    try {
      target = (await opts.source?.find()) ?? null;
      if (!target) return null;
      model = await open(target);
      reason = undefined;
      return model;
    } catch (err) {
      reason = `${target?.modelId ?? 'sentiment model'}: ${messageOf(err)}`;
      log(`sentiment: using the lexicon, the model did not load (${reason})`);
      return null;
    } finally {
      loading = false;
    }
  }

  async function ensure(): Promise<SentimentModel | null> {
    if (opts.override || !opts.source) return null;
    if (stale) {
      stale = false;
      ready = undefined;
      await drop();
    }
    ready ??= findAndLoad();
    return ready;
  }

  return {
    async score(text: string): Promise<Sentiment> {
      if (opts.override) return opts.override(text);
      const m = await ensure();
      if (!m) return lexiconSentiment(text);
      try {
        return await opts.ortTurn.run(() => m.score(text));
      } catch (err) {
        log(`sentiment: ${m.modelId} failed on a segment, lexicon used for it (${messageOf(err)})`);
        return lexiconSentiment(text);
      }
    },

    /** Looks for an installed model and loads it (once); the lexicon stays when there is none. */
    async warm(): Promise<void> {
      await ensure();
    },

    /** Loads `modelId` (downloading it when allowed) and makes it the scorer. */
    async load(modelId: string, onProgress?: (p: LoadProgress) => void, loadOpts: LoadOptions = {}): Promise<AsrResult<SentimentLoadInfo>> {
      if (!opts.source) return { ok: false, code: 'model-missing', message: 'no sentiment models here' };
      const started = Date.now();
      const target = await opts.source.resolve(modelId, loadOpts);
      if ('ok' in target) return target;
      loading = true;
      try {
        const loaded = await open(target, onProgress);
        await drop();
        model = loaded;
        ready = Promise.resolve(loaded);
        stale = false;
        reason = undefined;
        return { ok: true, modelId, backend: loaded.backend, dtype: loaded.dtype, loadMs: Date.now() - started };
      } catch (err) {
        const msg = messageOf(err);
        return { ok: false, code: /not found|local_files_only|allowRemoteModels|lacks/i.test(msg) ? 'model-missing' : 'model-load-failed', message: msg };
      } finally {
        loading = false;
      }
    },

    /** The installed models changed: look again before the next segment (or warm). */
    invalidate(): void {
      stale = true;
    },

    /** No model in use (none was installed, or it failed): look again before the next segment. */
    recheck(): void {
      if (!model) stale = true;
    },

    status(): SentimentStatus {
      if (opts.override) return { scorer: 'custom', modelId: null, loading: false };
      return { scorer: model ? 'model' : 'lexicon', modelId: model?.modelId ?? null, loading, ...(reason ? { reason } : {}) };
    },

    async dispose(): Promise<void> {
      ready = undefined;
      stale = false;
      await drop();
    },
  };
}

export type SentimentRunner = ReturnType<typeof createSentimentScorer>;
