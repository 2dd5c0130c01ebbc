/**
 * User settings, one row in the `settings` table (liveQuery-friendly: `liveQuery(() => getSettings(db))`).
 *
 *   getSettings(db)            -> Settings      stored values over DEFAULT_SETTINGS
 *   updateSettings(db, patch)  -> Settings
 *   getPulledPlaybook(db)      -> Playbook | null   the org playbook last pulled from the server
 *
 * The server URL needs a host permission before the extension can reach it: see
 * store/server-permission.ts (`requestServerPermission(url)`, called from the settings UI).
 */
import type { Playbook } from '../core/types.ts';
import { parsePlaybook } from '../core/playbook.ts';
import type { PitchsideDb } from './db.ts';

export type SyncScope = 'everything' | 'moments';

export interface Settings {
  /** Base URL of the Pitchside server, e.g. `https://pitchside.example.com`; '' = not set. */
  serverUrl: string;
  /** The rep's API token (from the admin CLI). */
  token: string;
  /** Sync on/off. Nothing syncs without a server URL and token either way. */
  syncEnabled: boolean;
  /** 'moments': calls and moments only, transcripts stay on the laptop. */
  syncScope: SyncScope;
  /** Replace emails, phone numbers and card numbers before anything leaves the laptop. */
  redactPii: boolean;
  /** Keep the call's audio locally for replay. */
  keepAudio: boolean;
  /** ASR model id. */
  model: string;
  /** Spoken language ('en', or a Whisper language code for multilingual models). */
  language: string;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  serverUrl: '',
  token: '',
  syncEnabled: true,
  syncScope: 'everything',
  redactPii: true,
  keepAudio: true,
  model: 'onnx-community/whisper-tiny.en',
  language: 'en',
};

const KEY = 'settings';
export const PLAYBOOK_KEY = 'playbook';

export async function getSettings(db: PitchsideDb): Promise<Settings> {
  const row = await db.settings.get(KEY);
  return { ...DEFAULT_SETTINGS, ...(row?.value as Partial<Settings> | undefined) };
}

export async function updateSettings(db: PitchsideDb, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await getSettings(db)), ...patch };
    if (patch.serverUrl !== undefined) next.serverUrl = patch.serverUrl.trim().replace(/\/+$/, '');
    await db.settings.put({ key: KEY, value: next });
    return next;
  });
}

/** The org playbook from the last pull, merged over the defaults; null when none was pulled (or it is invalid). */
export async function getPulledPlaybook(db: PitchsideDb): Promise<Playbook | null> {
  const row = await db.settings.get(PLAYBOOK_KEY);
  if (row?.value == null) return null;
  try {
    return parsePlaybook(row.value);
  } catch {
    return null;
  }
}
