/**
 * AsrDeps for Node (CLI, tests, benchmarks): Whisper on onnxruntime-node ('cpu'), models from a
 * folder on disk (the model id IS the folder path), Silero VAD on onnxruntime-node, no network;
 * a sentiment model folder when one is named (workers/sentiment-node.ts).
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { env } from '@huggingface/transformers';
import type { AsrDeps } from './asr-api.ts';
import { nodeOrt } from './ort-node.ts';
import { nodeSentimentSource } from './sentiment-node.ts';
import { createSileroVad } from './vad.ts';

export const SILERO_VAD_PATH = createRequire(import.meta.url).resolve('@ricky0123/vad-web/dist/silero_vad_v5.onnx');

async function listFiles(dir: string, root = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full, root)));
    else out.push(relative(root, full).split('\\').join('/'));
  }
  return out;
}

/** `sentimentModel`: a text-classification model folder (default $PITCHSIDE_SENTIMENT_MODEL_DIR; none: the lexicon). */
export function nodeAsrDeps(opts: { sentimentModel?: string } = {}): AsrDeps {
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  return {
    async pickBackend(requested) {
      return requested === 'auto' || requested === 'cpu' ? 'cpu' : null;
    },
    async resolveModel(modelId) {
      const dir = resolve(modelId);
      const isDir = await stat(dir).then((s) => s.isDirectory(), () => false);
      if (!isDir) return { ok: false, code: 'model-missing', message: `no model folder at ${dir}` };
      return { files: await listFiles(dir), loadId: dir };
    },
    async createVad() {
      return createSileroVad(nodeOrt, new Uint8Array(await readFile(SILERO_VAD_PATH)));
    },
    sentiment: nodeSentimentSource(opts.sentimentModel),
  };
}
