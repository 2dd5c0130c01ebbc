/**
 * AsrDeps for the browser worker (workers/asr.worker.ts): Whisper on WebGPU when an adapter
 * exists, else single-threaded WASM (tab capture forbids cross-origin isolation, so no threads);
 * model files from IndexedDB through the transformers.js custom cache, fetched from the Hub only
 * when the user asked for a download; ONNX Runtime's wasm and the Silero VAD model ship in the
 * extension (Vite `?url` assets): nothing is loaded from a CDN.
 */
import { env } from '@huggingface/transformers';
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
import type { OrtRuntime, OrtSessionLike, OrtTensorLike } from './ort-runtime.ts';
import { createSileroVad } from './vad.ts';

const assetUrl = (url: string) => new URL(url, self.location.origin).href;

const webOrt: OrtRuntime = {
  async createSession(model) {
    const session = await ort.InferenceSession.create(model, { executionProviders: ['wasm'] });
    return session as unknown as OrtSessionLike;
  },
  tensor(type: 'float32' | 'int64', data: Float32Array | BigInt64Array, dims: number[]): OrtTensorLike {
    return new ort.Tensor(type, data, dims);
  },
};

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
 * Picks ONNX Runtime's wasm build once, before any session exists (VAD or Whisper): with a WebGPU
 * adapter, the asyncify build that the WebGPU bundle embeds; without one, the plain CPU build,
 * which runs the Whisper encoder 2-3x faster on single-threaded WASM (bench/ort-wasm.ts).
 */
function decideRuntime(): Promise<'webgpu' | 'wasm'> {
  runtime ??= hasWebGpu().then((gpu) => {
    ort.env.wasm.wasmPaths = gpu
      ? { wasm: assetUrl(ortAsyncifyWasmUrl) }
      : { wasm: assetUrl(ortPlainWasmUrl), mjs: assetUrl(ortPlainMjsUrl) };
    return gpu ? 'webgpu' : 'wasm';
  });
  return runtime;
}
let runtime: Promise<'webgpu' | 'wasm'> | undefined;

export function browserAsrDeps(): AsrDeps {
  const db = openModelFilesDb();
  const models = createModelStore(db);
  ort.env.wasm.numThreads = 1;
  // transformers.js would otherwise copy the wasm factory into a blob: URL, which the
  // extension's CSP (script-src 'self') refuses.
  env.useWasmCache = false;
  env.allowLocalModels = false;
  env.useBrowserCache = false;
  env.useCustomCache = true;
  env.customCache = createModelCache(db);
  return {
    async pickBackend(requested): Promise<Backend | null> {
      const gpu = (await decideRuntime()) === 'webgpu';
      if (requested === 'wasm') return 'wasm';
      if (requested === 'webgpu') return gpu ? 'webgpu' : null;
      if (requested === 'cpu') return null;
      return gpu ? 'webgpu' : 'wasm';
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
      await decideRuntime();
      const res = await fetch(assetUrl(sileroUrl));
      if (!res.ok) throw new Error(`Silero VAD model missing from the extension (${res.status})`);
      return createSileroVad(webOrt, new Uint8Array(await res.arrayBuffer()));
    },
    models,
    sentiment: browserSentimentSource(models, decideRuntime),
  };
}
