import { useEffect } from 'preact/hooks';
import { SettingsPanel } from '../../components/SettingsPanel.tsx';
import { ModelManager } from '../../components/ModelManager.tsx';
import * as s from './store.ts';
import * as act from './actions.ts';
import * as models from './models.ts';

function syncSummary(st: s.SyncStatusValue | undefined): { summary?: string; problem?: string } {
  if (!st) return {};
  const when = st.lastSuccessAt ? `last synced ${new Date(st.lastSuccessAt).toLocaleTimeString()}` : 'not synced yet';
  const summary = st.phase === 'off' ? 'Sync is off (no server, no token, or turned off).' : `${st.pending} waiting · ${when}`;
  const problem =
    st.phase === 'unauthorized' ? 'The server refused the token.'
    : st.phase === 'offline' ? `Server unreachable; will retry. ${st.lastError ?? ''}`
    : st.parked > 0 ? `${st.parked} items refused by the server: ${st.problems.join('; ')}`
    : undefined;
  return { summary, problem };
}

/** Settings tab: sync, privacy, recording, the model manager and the playbook in force. */
export function SettingsView() {
  useEffect(() => void models.refresh().catch((err: unknown) => (models.message.value = `Models unavailable: ${String(err)}`)), []);
  const v = s.settings.value;
  const { summary, problem } = syncSummary(s.syncStatus.value);
  const playbook = s.playbook.value;
  if (!v) return <p class="ps-muted">Loading the settings…</p>;
  return (
    <SettingsPanel values={v} onChange={(p) => void act.changeSettings(p)} syncSummary={summary} syncProblem={problem} onSyncNow={act.syncNowFromPanel}>
      <ModelManager
        models={models.rows.value}
        selected={v.model}
        onSelect={(id) => void act.changeSettings({ model: id })}
        onDownload={(id) => void models.download(id)}
        onDelete={(id) => void models.remove(id)}
        onImport={(files) => void models.importFolder(files)}
        message={models.message.value}
      />
      <ModelManager
        legend="Sentiment model"
        hint="The first installed sentiment model scores every segment; with none, the built-in lexicon (VADER) does. Import a folder above to add one of your own."
        models={models.sentimentRows.value}
        onDownload={(id) => void models.downloadSentiment(id)}
        onDelete={(id) => void models.remove(id)}
      />
      {playbook && (
        <fieldset>
          <legend>Playbook</legend>
          <p class="ps-muted">{s.teamPlaybook.value ? "Your team's playbook, from the team server." : 'The built-in playbook (connect a team server to use your team’s).'}</p>
          <p>Competitors: {playbook.competitors.join(', ') || 'none listed'}</p>
          <p>Talk-ratio limit {Math.round(playbook.limits.talkRatio * 100)} % · monologue limit {playbook.limits.monologueSeconds} s</p>
          <details>
            <summary>Suggestion cards ({Object.keys(playbook.cards).length})</summary>
            <dl>{Object.entries(playbook.cards).map(([k, text]) => <div key={k}><dt>{k}</dt><dd>{text}</dd></div>)}</dl>
          </details>
        </fieldset>
      )}
    </SettingsPanel>
  );
}
