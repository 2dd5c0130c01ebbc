/**
 * Model manager state for the settings tab. The list comes from workers/model-catalog.ts (the
 * one catalog) and the model store (workers/model-manager.ts over IndexedDB), read here directly:
 * listing, importing or deleting a model does not start the speech worker (a large script), only a
 * download does. The store's code is loaded on first use, not with the panel's first render.
 */
import { signal } from '@preact/signals';
import type { ModelRow } from '../../components/ModelManager.tsx';
import type { AsrClient } from '../../workers/asr-client.ts';
import type { LoadProgress, ModelFileInput } from '../../workers/asr-types.ts';
import { MODEL_CATALOG, SENTIMENT_CATALOG } from '../../workers/model-catalog.ts';
import type { ModelListing, ModelStore } from '../../workers/model-manager.ts';

const catalogRow = (m: { id: string; label: string; approxMB: number }): ModelRow => ({ id: m.id, label: m.label, sizeBytes: m.approxMB * 1e6, installed: false });

export const rows = signal<ModelRow[]>(MODEL_CATALOG.map(catalogRow));
/** Sentiment models: the first one installed scores segments, none installed: the lexicon. */
export const sentimentRows = signal<ModelRow[]>(SENTIMENT_CATALOG.map(catalogRow));
export const message = signal<string | undefined>(undefined);
/** True once the installed models have been listed (before that, `rows` is only the catalog). */
export const listed = signal(false);
const progress = new Map<string, number>();

let store: Promise<ModelStore> | undefined;
function modelStore(): Promise<ModelStore> {
  store ??= Promise.all([import('../../workers/model-manager.ts'), import('../../store/model-files.ts')]).then(
    ([{ createModelStore }, { openModelFilesDb }]) => createModelStore(openModelFilesDb()),
  );
  return store;
}

/** One list's rows: its catalog (installed or not, download progress), then the models imported from disk. */
function rowsOf(catalog: readonly { id: string; label: string; approxMB: number }[], kind: ModelListing['kind'], listing: readonly ModelListing[]): ModelRow[] {
  const byId = new Map(listing.map((m) => [m.id, m]));
  const known = catalog.map((m): ModelRow => {
    const have = byId.get(m.id);
    return { ...catalogRow(m), installed: !!have?.installed, sizeBytes: have?.installed ? have.bytes : m.approxMB * 1e6, progress: progress.get(m.id) };
  });
  const local = listing
    .filter((m) => !m.catalog && m.kind === kind)
    .map((m): ModelRow => ({ id: m.id, label: `${m.id} (imported)`, installed: m.installed, sizeBytes: m.bytes }));
  return [...known, ...local];
}

export async function refresh(): Promise<void> {
  const listing = await (await modelStore()).list();
  // Speech and sentiment models live in the same store and are listed apart.
  rows.value = rowsOf(MODEL_CATALOG, 'speech', listing);
  sentimentRows.value = rowsOf(SENTIMENT_CATALOG, 'sentiment', listing);
  listed.value = true;
}

type Loaded = { ok: true } | { ok: false; message: string };
type Loader = (id: string, onProgress: (p: LoadProgress) => void, opts: { allowDownload: true }) => Promise<Loaded>;

/**
 * Downloads from the Hub through the speech worker (transformers.js fetches and caches the files),
 * with the files' summed progress on the model's row.
 */
async function downloadWith(id: string, list: typeof rows, load: (asr: AsrClient) => Loader, ready: string): Promise<void> {
  progress.set(id, 0);
  void refresh();
  const files = new Map<string, { loaded: number; total: number }>();
  const { panelAsr } = await import('./panel-asr.ts');
  const result = await load(panelAsr())(id, (p) => {
    if (p.file && p.total) files.set(p.file, { loaded: p.loaded ?? 0, total: p.total });
    const all = [...files.values()];
    progress.set(id, all.reduce((s, f) => s + f.loaded, 0) / Math.max(1, all.reduce((s, f) => s + f.total, 0)));
    list.value = list.value.map((r) => (r.id === id ? { ...r, progress: progress.get(id) } : r));
  }, { allowDownload: true });
  progress.delete(id);
  message.value = result.ok ? `${id} ${ready}` : `Download failed: ${result.message}`;
  await refresh();
}

/** A Whisper model; the worker switches to it once downloaded. */
export const download = (id: string) => downloadWith(id, rows, (asr) => asr.load, 'is ready.');

/** A sentiment model; the worker scores with it once downloaded. */
export const downloadSentiment = (id: string) =>
  downloadWith(id, sentimentRows, (asr) => asr.loadSentiment, 'is ready: it scores sentiment from the next call on.');

export async function remove(id: string): Promise<void> {
  await (await modelStore()).remove(id);
  await refresh();
}

/** A folder picked with webkitdirectory: the folder name becomes the model id. */
export async function importFolder(list: FileList): Promise<void> {
  const files = Array.from(list);
  const top = files[0]?.webkitRelativePath.split('/')[0];
  if (!top) return;
  const inputs: ModelFileInput[] = files.map((f) => ({ path: f.webkitRelativePath.split('/').slice(1).join('/'), data: f }));
  message.value = `Importing ${top}…`;
  const result = await (await modelStore()).importFiles(top, inputs);
  message.value = result.ok ? `Imported ${top} (${(result.bytes / 1e6).toFixed(1)} MB).` : `Import failed: ${result.message}`;
  await refresh();
}
