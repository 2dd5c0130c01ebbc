/**
 * Sentiment models in Node (CLI, tests): a model folder on disk (the transformers.js layout of a
 * Hub export, e.g. Xenova/distilbert-base-uncased-finetuned-sst-2-english), named by
 * `--sentiment-model DIR` or $PITCHSIDE_SENTIMENT_MODEL_DIR; loaded on onnxruntime-node ('cpu').
 * None named: the lexicon.
 */
import { readdir, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { env } from '@huggingface/transformers';
import type { SentimentSource, SentimentTarget } from './sentiment-scorer.ts';
import { isSentimentModelFiles } from './sentiment-model.ts';

export const SENTIMENT_MODEL_ENV = 'PITCHSIDE_SENTIMENT_MODEL_DIR';

async function folderTarget(path: string): Promise<SentimentTarget | string> {
  const dir = resolve(path);
  const isDir = await stat(dir).then((s) => s.isDirectory(), () => false);
  if (!isDir) return `no sentiment model folder at ${dir}`;
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => relative(dir, resolve(e.parentPath, e.name)).split('\\').join('/'));
  if (!isSentimentModelFiles(files)) return `${dir} is not a text-classification model folder (config.json, tokenizer.json, tokenizer_config.json, onnx/model*.onnx)`;
  env.allowRemoteModels = false; // a folder, never the Hub
  env.allowLocalModels = true;
  return { modelId: dir, loadId: dir, files, backend: 'cpu' };
}

/** `dir` (default: $PITCHSIDE_SENTIMENT_MODEL_DIR) as the sentiment model; an empty value means none. */
export function nodeSentimentSource(dir: string | undefined = process.env[SENTIMENT_MODEL_ENV]): SentimentSource {
  return {
    async find() {
      if (!dir) return null;
      const target = await folderTarget(dir);
      if (typeof target === 'string') throw new Error(target);
      return target;
    },
    async resolve(modelId) {
      const target = await folderTarget(modelId);
      return typeof target === 'string' ? { ok: false, code: 'model-missing', message: target } : target;
    },
  };
}
