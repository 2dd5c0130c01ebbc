/**
 * Sentiment models in the browser worker: the first installed one in IndexedDB (the catalog's in
 * its order, then imported text-classification folders), loaded through the transformers.js custom
 * cache (workers/model-cache.ts) with no network, on WASM (q8 first: a small model, and WebGPU
 * stays Whisper's). `resolve` with `allowDownload` fetches a catalog model from the Hub into
 * IndexedDB as Whisper downloads do.
 */
import { env } from '@huggingface/transformers';
import { SENTIMENT_CATALOG, sentimentHubCandidateFiles } from './model-catalog.ts';
import type { ModelStore } from './model-manager.ts';
import type { SentimentSource } from './sentiment-scorer.ts';

/** `ready`: resolves once ONNX Runtime's wasm build is chosen (browser-deps' decideRuntime). */
export function browserSentimentSource(models: ModelStore, ready: () => Promise<unknown>): SentimentSource {
  const offline = () => {
    env.allowRemoteModels = false;
    env.allowLocalModels = true; // both off refuses to load at all; "local" is a missing /models/ folder (clean 404)
  };
  return {
    async find() {
      const installed = (await models.list()).filter((m) => m.kind === 'sentiment' && m.installed);
      const chosen = installed.find((m) => m.catalog) ?? installed.sort((a, b) => a.id.localeCompare(b.id))[0];
      if (!chosen) return null;
      await ready();
      offline();
      return { modelId: chosen.id, files: await models.files(chosen.id), backend: 'wasm' };
    },
    async resolve(modelId, opts) {
      await ready();
      const stored = await models.files(modelId);
      if (stored.length > 0 && !opts.allowDownload) {
        offline();
        return { modelId, files: stored, backend: 'wasm' };
      }
      if (!opts.allowDownload) return { ok: false, code: 'model-missing', message: `${modelId} is not installed: download it or import its folder in Settings` };
      if (!SENTIMENT_CATALOG.some((m) => m.id === modelId)) return { ok: false, code: 'model-missing', message: `${modelId} is not a sentiment model of the catalog` };
      env.allowRemoteModels = true;
      env.allowLocalModels = false;
      return { modelId, files: sentimentHubCandidateFiles(), backend: 'wasm' };
    },
  };
}
