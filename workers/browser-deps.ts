/**
 * AsrDeps for the browser worker (workers/asr.worker.ts): Whisper on WebGPU when an adapter
 * exists, else single-threaded WASM (tab capture forbids cross-origin isolation, so no threads);
 * model files from IndexedDB through the transformers.js custom cache, fetched from the Hub only
 * when the user asked for a download; ONNX Runtime's wasm and the Silero VAD model ship in the
 * extension (Vite `?url` assets): nothing is loaded from a CDN.
 */
import { env } from '@huggingface/transformers';
import * as ort from 'onnxruntime-web/webgpu';
import ortWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm?url';
import sileroUrl from '@ricky0123/vad-web/dist/silero_vad_v5.onnx?url';
import { openModelFilesDb } from '../store/model-files.ts';
import type { AsrDeps } from './asr-api.ts';
import type { Backend } from './asr-types.ts';
import { createModelCache } from './model-cache.ts';
import { createModelStore } from './model-manager.ts';
import { WHISPER_CONFIG_FILES, WHISPER_SESSIONS } from './model-dtype.ts';
import type { OrtRuntime, OrtSessionLike, OrtTensorLike } from './ort-runtime.ts';
import { createSileroVad } from './vad.ts';

const HUB_VARIANTS = ['', '_fp16', '_quantized', '_q4'];
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

export function browserAsrDeps(): AsrDeps {
  const db = openModelFilesDb();
  const models = createModelStore(db);
  ort.env.wasm.wasmPaths = { wasm: assetUrl(ortWasmUrl) };
  ort.env.wasm.numThreads = 1;
  env.allowLocalModels = false;
  env.useBrowserCache = false;
  env.useCustomCache = true;
  env.customCache = createModelCache(db);
  return {
    async pickBackend(requested): Promise<Backend | null> {
      if (requested === 'wasm') return 'wasm';
      const gpu = await hasWebGpu();
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
      return { files: [...WHISPER_CONFIG_FILES, ...WHISPER_SESSIONS.flatMap((s) => HUB_VARIANTS.map((v) => `onnx/${s}${v}.onnx`))] };
    },
    async createVad() {
      const res = await fetch(assetUrl(sileroUrl));
      if (!res.ok) throw new Error(`Silero VAD model missing from the extension (${res.status})`);
      return createSileroVad(webOrt, new Uint8Array(await res.arrayBuffer()));
    },
    models,
  };
}
