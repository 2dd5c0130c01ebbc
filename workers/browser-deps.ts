/**
 * AsrDeps for the browser worker (workers/asr.worker.ts): Whisper on WebGPU when an adapter
 * exists, else WASM on `wasmThreads()` threads (the extension is cross-origin isolated, so
 * SharedArrayBuffer exists: wxt.config.ts); the Silero VAD in a worker of its own (workers/vad.worker.ts);
 * model files from IndexedDB through the transformers.js custom cache, fetched from the Hub only
 * when the user asked for a download; ONNX Runtime's wasm and the Silero VAD model ship in the
 * extension (Vite `?url` assets): nothing is loaded from a CDN.
 */
import { env } from '@huggingface/transformers';
import { transfer, wrap } from 'comlink';
import * as ort from 'onnxruntime-web/webgpu';
import ortAsyncifyWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm?url';
import ortPlainWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import ortPlainMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.mjs?url';
import sileroUrl from '@ricky0123/vad-web/dist/silero_vad_v5.onnx?url';
import { openModelFilesDb } from '../store/model-files.ts';
import type { AsrDeps } from './asr-api.ts';
import type { Backend } from './asr-types.ts';
import { createModelCache } from './model-cache.ts';
import { createModelStore } from './model-manager.ts';
import { browserSentimentSource } from './sentiment-browser.ts';
import { hubCandidateFiles } from './model-catalog.ts';
import type { Vad } from './vad.ts';
import type { VadWorkerApi } from './vad.worker.ts';

const assetUrl = (url: string) => new URL(url, self.location.origin).href;

async function hasWebGpu(): Promise<boolean> {
  const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
  if (!gpu) return false;
  try {
    return !!(await gpu.requestAdapter());
  } catch {
    return false;
  }
}

/**
 * WASM threads: one per core, at most 4 (or `requested`), where SharedArrayBuffer exists (the
 * worker is cross-origin isolated); 1 otherwise.
 */
export function wasmThreads(requested?: number): number {
  if (!self.crossOriginIsolated) return 1;
  const cores = navigator.hardwareConcurrency || 1;
  return Math.max(1, Math.min(requested ?? 4, cores));
}

interface Runtime {
  kind: 'webgpu' | 'wasm';
  /** ONNX Runtime's WASM threads (Whisper, VAD). */
  threads: number;
}

/**
 * Picks ONNX Runtime's wasm build and thread count once, before any session exists (VAD or
 * Whisper): ONNX Runtime reads both when it starts. With a WebGPU adapter, the asyncify build that
 * the WebGPU bundle embeds, single-threaded (its pthread workers would need a separate .mjs);
 * without one, the plain CPU build, which runs the Whisper encoder 2-3x faster than the asyncify
 * build (bench/ort-wasm.ts), on `wasmThreads()` threads.
 */
function decideRuntime(requestedThreads?: number): Promise<Runtime> {
  runtime ??= hasWebGpu().then((gpu): Runtime => {
    const threads = gpu ? 1 : wasmThreads(requestedThreads);
    ort.env.wasm.numThreads = threads;
    ort.env.wasm.wasmPaths = gpu
      ? { wasm: assetUrl(ortAsyncifyWasmUrl) }
      : { wasm: assetUrl(ortPlainWasmUrl), mjs: assetUrl(ortPlainMjsUrl) };
    return { kind: gpu ? 'webgpu' : 'wasm', threads };
  });
  return runtime;
}
let runtime: Promise<Runtime> | undefined;

/** Silero VAD in its own worker (workers/vad.worker.ts): its own single-threaded ONNX Runtime. */
async function createWorkerVad(model: Uint8Array): Promise<Vad> {
  const worker = new Worker(new URL('./vad.worker.ts', import.meta.url), { type: 'module' });
  const remote = wrap<VadWorkerApi>(worker);
  try {
    await remote.init(transfer(model, [model.buffer]));
  } catch (err) {
    worker.terminate();
    throw err;
  }
  return {
    createStream() {
      const id = remote.open();
      return {
        probability: async (frame) => (await remote.probabilities(await id, [frame]))[0],
        probabilities: async (frames) => remote.probabilities(await id, frames),
        reset: () => void id.then((i) => remote.reset(i)),
      };
    },
    async dispose() {
      await remote.dispose().catch(() => undefined);
      worker.terminate();
    },
  };
}

export function browserAsrDeps(): AsrDeps {
  const db = openModelFilesDb();
  const models = createModelStore(db);
  // transformers.js would otherwise copy the wasm factory into a blob: URL, which the
  // extension's CSP (script-src 'self') refuses.
  env.useWasmCache = false;
  env.allowLocalModels = false;
  env.useBrowserCache = false;
  env.useCustomCache = true;
  env.customCache = createModelCache(db);
  return {
    async pickBackend(requested, opts = {}): Promise<Backend | null> {
      const gpu = (await decideRuntime(opts.threads)).kind === 'webgpu';
      if (requested === 'wasm') return 'wasm';
      if (requested === 'webgpu') return gpu ? 'webgpu' : null;
      if (requested === 'cpu') return null;
      return gpu ? 'webgpu' : 'wasm';
    },
    async threads() {
      return (await decideRuntime()).threads;
    },
    async resolveModel(modelId, opts) {
      const stored = await models.files(modelId);
      env.allowRemoteModels = !!opts.allowDownload;
      // With both local and remote models off, transformers.js refuses to load at all ("both local
      // and remote models are disabled"), even when every file is in the custom cache. "Local" here
      // is the extension's own /models/ folder, which does not exist: a cache miss is a clean 404.
      env.allowLocalModels = !opts.allowDownload;
      if (stored.length > 0 && !opts.allowDownload) return { files: stored };
      if (!opts.allowDownload) {
        return { ok: false, code: 'model-missing', message: `${modelId} is not installed: download it or import its folder in Settings` };
      }
      // Downloading: every precision the Hub has; chooseDtype picks the one for the backend.
      return { files: hubCandidateFiles() };
    },
    async createVad() {
      const res = await fetch(assetUrl(sileroUrl));
      if (!res.ok) throw new Error(`Silero VAD model missing from the extension (${res.status})`);
      return createWorkerVad(new Uint8Array(await res.arrayBuffer()));
    },
    vadApart: true,
    models,
    sentiment: browserSentimentSource(models, decideRuntime),
  };
}
