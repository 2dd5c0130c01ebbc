/**
 * Model files in IndexedDB: a Dexie database of its own ('pitchside-models'), independent of the
 * app's schema in store/db.ts. One row per file of a model folder (Hub download or import).
 */
import Dexie, { type Table } from 'dexie';

export interface ModelFileRow {
  /** Hub id (`onnx-community/whisper-tiny.en`) or `local/<name>` for an imported folder. */
  modelId: string;
  /** Path inside the model folder: `config.json`, `onnx/encoder_model.onnx`. */
  path: string;
  data: Blob;
  size: number;
  /** Epoch ms. */
  storedAt: number;
}

export class ModelFilesDb extends Dexie {
  files!: Table<ModelFileRow, [string, string]>;

  constructor(name = 'pitchside-models') {
    super(name);
    this.version(1).stores({ files: '[modelId+path], modelId' });
  }
}

export function openModelFilesDb(name?: string): ModelFilesDb {
  return new ModelFilesDb(name);
}

export function putModelFile(db: ModelFilesDb, modelId: string, path: string, data: Blob, now = Date.now()): Promise<unknown> {
  return db.files.put({ modelId, path, data, size: data.size, storedAt: now });
}

export function getModelFile(db: ModelFilesDb, modelId: string, path: string): Promise<ModelFileRow | undefined> {
  return db.files.get([modelId, path]);
}

/** Paths and sizes of one model's files (the blobs are not read). */
export async function listModelFiles(db: ModelFilesDb, modelId: string): Promise<{ path: string; size: number }[]> {
  const rows: { path: string; size: number }[] = [];
  await db.files.where('modelId').equals(modelId).each((r) => void rows.push({ path: r.path, size: r.size }));
  return rows;
}

/** Every stored model with its file count and bytes on disk. */
export async function storedModels(db: ModelFilesDb): Promise<{ modelId: string; files: number; bytes: number }[]> {
  const byId = new Map<string, { modelId: string; files: number; bytes: number }>();
  await db.files.each((r) => {
    const m = byId.get(r.modelId) ?? { modelId: r.modelId, files: 0, bytes: 0 };
    m.files++;
    m.bytes += r.size;
    byId.set(r.modelId, m);
  });
  return [...byId.values()];
}

export function deleteModelFiles(db: ModelFilesDb, modelId: string): Promise<number> {
  return db.files.where('modelId').equals(modelId).delete();
}
