/** Model manager state for the settings tab, over the speech worker's model store. */
import { signal } from '@preact/signals';
import type { ModelRow } from '../../components/ModelManager.tsx';
import type { ModelFileInput } from '../../workers/asr-types.ts';
import { panelAsr } from './panel-asr.ts';

/** Models the rep can download from the Hub (sizes: q8 encoder + decoder, approximate). */
export const CATALOG: readonly { id: string; label: string; sizeBytes: number }[] = [
  { id: 'onnx-community/whisper-tiny.en', label: 'Whisper tiny (English)', sizeBytes: 41e6 },
  { id: 'onnx-community/whisper-base.en', label: 'Whisper base (English)', sizeBytes: 78e6 },
  { id: 'onnx-community/whisper-small.en', label: 'Whisper small (English, best)', sizeBytes: 250e6 },
  { id: 'onnx-community/whisper-tiny', label: 'Whisper tiny (multilingual)', sizeBytes: 41e6 },
  { id: 'onnx-community/whisper-base', label: 'Whisper base (multilingual)', sizeBytes: 78e6 },
  { id: 'onnx-community/whisper-small', label: 'Whisper small (multilingual)', sizeBytes: 250e6 },
];

export const rows = signal<ModelRow[]>(CATALOG.map((m) => ({ ...m, installed: false })));
export const message = signal<string | undefined>(undefined);
/** True once the installed models have been listed (before that, `rows` is only the catalog). */
export const listed = signal(false);
const progress = new Map<string, number>();

export async function refresh(): Promise<void> {
  const installed = await panelAsr().listModels();
  const byId = new Map(installed.map((m) => [m.id, m]));
  const known = CATALOG.map((m): ModelRow => {
    const have = byId.get(m.id);
    return { ...m, installed: !!have?.installed, sizeBytes: have?.bytes ?? m.sizeBytes, progress: progress.get(m.id) };
  });
  const local = installed
    .filter((m) => m.installed && !CATALOG.some((c) => c.id === m.id)) // the worker's list also has the sentiment catalog
    .map((m): ModelRow => ({ id: m.id, label: `${m.id} (imported${m.kind === 'sentiment' ? ' sentiment model: scores segments instead of the lexicon' : ''})`, installed: m.installed, sizeBytes: m.bytes }));
  rows.value = [...known, ...local];
  listed.value = true;
}

export async function download(id: string): Promise<void> {
  progress.set(id, 0);
  void refresh();
  const files = new Map<string, { loaded: number; total: number }>();
  const result = await panelAsr().load(id, (p) => {
    if (p.file && p.total) files.set(p.file, { loaded: p.loaded ?? 0, total: p.total });
    const all = [...files.values()];
    progress.set(id, all.reduce((s, f) => s + f.loaded, 0) / Math.max(1, all.reduce((s, f) => s + f.total, 0)));
    rows.value = rows.value.map((r) => (r.id === id ? { ...r, progress: progress.get(id) } : r));
  }, { allowDownload: true });
  progress.delete(id);
  message.value = result.ok ? `${id} is ready (${result.backend}).` : `Download failed: ${result.message}`;
  await refresh();
}

export async function remove(id: string): Promise<void> {
  await panelAsr().deleteModel(id);
  await refresh();
}

/** A folder picked with webkitdirectory: the folder name becomes the model id. */
export async function importFolder(list: FileList): Promise<void> {
  const files = Array.from(list);
  const top = files[0]?.webkitRelativePath.split('/')[0];
  if (!top) return;
  const inputs: ModelFileInput[] = files.map((f) => ({ path: f.webkitRelativePath.split('/').slice(1).join('/'), data: f }));
  message.value = `Importing ${top}…`;
  const result = await panelAsr().importModelFiles(top, inputs);
  message.value = result.ok ? `Imported ${top} (${(result.bytes / 1e6).toFixed(1)} MB).` : `Import failed: ${result.message}`;
  await refresh();
}
