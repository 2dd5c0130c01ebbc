/**
 * Model manager over store/model-files.ts: the catalog with what is installed and its size on
 * disk, import of a model folder picked from disk, delete. (Hub downloads go through the
 * transformers.js custom cache, workers/model-cache.ts, while the model loads.)
 */
import { deleteModelFiles, listModelFiles, putModelFile, storedModels, type ModelFilesDb } from '../store/model-files.ts';
import type { AsrResult, ModelFileInput } from './asr-types.ts';
import { MODEL_CATALOG } from './model-catalog.ts';
import { chooseDtype } from './model-dtype.ts';

export interface ModelListing {
  id: string;
  label: string;
  /** In the catalog (downloadable from the Hub) rather than imported. */
  catalog: boolean;
  installed: boolean;
  files: number;
  /** Bytes on disk (IndexedDB). */
  bytes: number;
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
      const listed: ModelListing[] = MODEL_CATALOG.map((m) => {
        const s = stored.get(m.id);
        return { id: m.id, label: m.label, catalog: true, installed: !!s, files: s?.files ?? 0, bytes: s?.bytes ?? 0 };
      });
      for (const s of stored.values()) {
        if (MODEL_CATALOG.some((m) => m.id === s.modelId)) continue;
        listed.push({ id: s.modelId, label: s.modelId.replace(/^local\//, ''), catalog: false, installed: true, files: s.files, bytes: s.bytes });
      }
      return listed;
    },
    async files(modelId) {
      return (await listModelFiles(db, modelId)).map((f) => f.path);
    },
    async importFiles(modelId, input) {
      const files = normalizeModelPaths(input).filter((f) => /\.(json|onnx|txt)$/.test(f.path));
      const check = chooseDtype(
        files.map((f) => f.path),
        'cpu',
      );
      if ('missing' in check) return { ok: false, code: 'model-incomplete', message: `the folder lacks ${check.missing.join(', ')}` };
      await deleteModelFiles(db, modelId);
      for (const f of files) await putModelFile(db, modelId, f.path, f.data);
      return { ok: true, bytes: files.reduce((n, f) => n + f.data.size, 0) };
    },
    async remove(modelId) {
      await deleteModelFiles(db, modelId);
    },
  };
}
