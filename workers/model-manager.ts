/**
 * Model manager over store/model-files.ts: the catalogs (Whisper, sentiment) with what is
 * installed and its size on disk, import of a model folder picked from disk (a Whisper export or
 * a text-classification one), delete. (Hub downloads go through the
 * transformers.js custom cache, workers/model-cache.ts, while the model loads.)
 */
import { deleteModelFiles, listModelFiles, putModelFile, storedModels, type ModelFilesDb } from '../store/model-files.ts';
import type { AsrResult, ModelFileInput } from './asr-types.ts';
import { MODEL_CATALOG, SENTIMENT_CATALOG } from './model-catalog.ts';
import { chooseDtype } from './model-dtype.ts';
import { isSentimentModelFiles } from './sentiment-model.ts';

export interface ModelListing {
  id: string;
  label: string;
  /** 'speech': a Whisper model; 'sentiment': a text classifier that scores segments instead of the lexicon. */
  kind: ModelKind;
  /** In the catalog (downloadable from the Hub) rather than imported. */
  catalog: boolean;
  installed: boolean;
  files: number;
  /** Bytes on disk (IndexedDB). */
  bytes: number;
}

export type ModelKind = 'speech' | 'sentiment';

/** What a model folder holds, from its file list; null when it is neither layout. */
export function modelKindOf(paths: readonly string[]): ModelKind | null {
  if (!('missing' in chooseDtype(paths, 'cpu'))) return 'speech';
  return isSentimentModelFiles(paths) ? 'sentiment' : null;
}

export interface ModelStore {
  list(): Promise<ModelListing[]>;
  files(modelId: string): Promise<string[]>;
  importFiles(modelId: string, files: ModelFileInput[]): Promise<AsrResult<{ bytes: number }>>;
  remove(modelId: string): Promise<void>;
}

/** Drops a shared top folder (`whisper-tiny.en/config.json` -> `config.json`). */
export function normalizeModelPaths(files: ModelFileInput[]): ModelFileInput[] {
  const clean = files.map((f) => ({ ...f, path: f.path.replace(/\\/g, '/').replace(/^\.?\//, '') }));
  const tops = new Set(clean.map((f) => f.path.split('/')[0]));
  const hasRootConfig = clean.some((f) => f.path === 'config.json');
  if (tops.size === 1 && !hasRootConfig) return clean.map((f) => ({ ...f, path: f.path.split('/').slice(1).join('/') }));
  return clean;
}

export function createModelStore(db: ModelFilesDb): ModelStore {
  return {
    async list() {
      const stored = new Map((await storedModels(db)).map((m) => [m.modelId, m]));
      const catalog = [...MODEL_CATALOG.map((m) => ({ ...m, kind: 'speech' as const })), ...SENTIMENT_CATALOG.map((m) => ({ ...m, kind: 'sentiment' as const }))];
      const listed: ModelListing[] = catalog.map((m) => {
        const s = stored.get(m.id);
        return { id: m.id, label: m.label, kind: m.kind, catalog: true, installed: !!s, files: s?.files ?? 0, bytes: s?.bytes ?? 0 };
      });
      for (const s of stored.values()) {
        if (catalog.some((m) => m.id === s.modelId)) continue;
        const kind = modelKindOf((await listModelFiles(db, s.modelId)).map((f) => f.path)) ?? 'speech';
        listed.push({ id: s.modelId, label: s.modelId.replace(/^local\//, ''), kind, catalog: false, installed: true, files: s.files, bytes: s.bytes });
      }
      return listed;
    },
    async files(modelId) {
      return (await listModelFiles(db, modelId)).map((f) => f.path);
    },
    async importFiles(modelId, input) {
      const files = normalizeModelPaths(input).filter((f) => /\.(json|onnx|txt)$/.test(f.path));
      const paths = files.map((f) => f.path);
      if (!modelKindOf(paths)) {
        const check = chooseDtype(paths, 'cpu');
        const whisperLacks = 'missing' in check ? check.missing.join(', ') : '';
        return { ok: false, code: 'model-incomplete', message: `the folder lacks ${whisperLacks} (or, for a sentiment model, config.json, tokenizer.json, tokenizer_config.json, onnx/model*.onnx)` };
      }
      await deleteModelFiles(db, modelId);
      for (const f of files) await putModelFile(db, modelId, f.path, f.data);
      return { ok: true, bytes: files.reduce((n, f) => n + f.data.size, 0) };
    },
    async remove(modelId) {
      await deleteModelFiles(db, modelId);
    },
  };
}
