/**
 * A transformers.js custom cache (env.customCache: `match` / `put` of the Web Cache API) over the
 * IndexedDB model files. transformers.js keys files by their Hub URL
 * (`https://huggingface.co/<model>/resolve/<revision>/<path>`); a model already stored loads
 * with no network at all, and a Hub download lands here file by file.
 */
import { getModelFile, putModelFile, type ModelFilesDb } from '../store/model-files.ts';

const HUB_KEY = /^https?:\/\/[^/]+\/(.+?)\/resolve\/[^/]+\/(.+)$/;

export function parseHubKey(key: string): { modelId: string; path: string } | null {
  const m = HUB_KEY.exec(key);
  return m ? { modelId: decodeURIComponent(m[1]), path: decodeURIComponent(m[2]) } : null;
}

export function createModelCache(db: ModelFilesDb) {
  return {
    async match(key: string): Promise<Response | undefined> {
      const k = parseHubKey(String(key));
      const row = k && (await getModelFile(db, k.modelId, k.path));
      if (!row) return undefined;
      const type = row.path.endsWith('.json') ? 'application/json' : 'application/octet-stream';
      return new Response(row.data, { headers: { 'content-length': String(row.size), 'content-type': type } });
    },
    async put(key: string, response: Response): Promise<void> {
      const k = parseHubKey(String(key));
      if (!k) return;
      await putModelFile(db, k.modelId, k.path, await response.blob());
    },
  };
}
