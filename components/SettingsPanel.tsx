import type { ComponentChildren } from 'preact';

/** The settings the panel edits (a subset of store/settings.ts Settings; props only). */
export interface SettingsValues {
  serverUrl: string;
  token: string;
  syncEnabled: boolean;
  syncScope: 'everything' | 'moments';
  redactPii: boolean;
  keepAudio: boolean;
  language: string;
}

export interface SettingsPanelProps {
  values: SettingsValues;
  onChange: (patch: Partial<SettingsValues>) => void;
  /** e.g. "Synced 2 min ago", "3 items waiting", "Token refused". */
  syncSummary?: string;
  syncProblem?: string;
  onSyncNow?: () => void;
  /** Model manager and playbook sections. */
  children?: ComponentChildren;
}

const LANGUAGES: [string, string][] = [['en', 'English'], ['de', 'German'], ['fr', 'French'], ['es', 'Spanish'], ['it', 'Italian'], ['pt', 'Portuguese'], ['nl', 'Dutch']];

/** Settings: server and sync, privacy, audio keeping, language; model manager and playbook as children. */
export function SettingsPanel({ values: v, onChange, syncSummary, syncProblem, onSyncNow, children }: SettingsPanelProps) {
  return (
    <section class="ps-settings" aria-label="Settings">
      <fieldset>
        <legend>Team server</legend>
        <label class="ps-field">
          <span>Server URL</span>
          <input type="url" value={v.serverUrl} placeholder="https://pitchside.example.com" onChange={(e) => onChange({ serverUrl: e.currentTarget.value })} />
        </label>
        <label class="ps-field">
          <span>API token</span>
          <input type="password" value={v.token} autocomplete="off" onChange={(e) => onChange({ token: e.currentTarget.value })} />
        </label>
        <label class="ps-check">
          <input type="checkbox" checked={v.syncEnabled} onChange={(e) => onChange({ syncEnabled: e.currentTarget.checked })} /> Sync calls to the team server
        </label>
        <label class="ps-check">
          <input type="checkbox" checked={v.syncScope === 'moments'} onChange={(e) => onChange({ syncScope: e.currentTarget.checked ? 'moments' : 'everything' })} /> Sync moments only (keep transcripts on this laptop)
        </label>
        <label class="ps-check">
          <input type="checkbox" checked={v.redactPii} onChange={(e) => onChange({ redactPii: e.currentTarget.checked })} /> Remove emails, phone and card numbers before syncing
        </label>
        {syncSummary && <p class="ps-muted" role="status">{syncSummary}</p>}
        {syncProblem && <p class="ps-warning" role="alert">{syncProblem}</p>}
        {onSyncNow && <button type="button" class="ps-button" onClick={onSyncNow}>Sync now</button>}
      </fieldset>
      <fieldset>
        <legend>Recording</legend>
        <label class="ps-check">
          <input type="checkbox" checked={v.keepAudio} onChange={(e) => onChange({ keepAudio: e.currentTarget.checked })} /> Keep call audio on this laptop for replay (deleted with the call)
        </label>
        <label class="ps-field">
          <span>Language</span>
          <select value={v.language} onChange={(e) => onChange({ language: e.currentTarget.value })}>
            {LANGUAGES.map(([code, name]) => <option key={code} value={code}>{name}</option>)}
          </select>
        </label>
      </fieldset>
      {children}
    </section>
  );
}
