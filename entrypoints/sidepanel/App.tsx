// First, so that the database read starts before the views are set up (start-first-read.ts).
import './start-first-read.ts';
import { useEffect } from 'preact/hooks';
import { PanelHeader } from '../../components/PanelHeader.tsx';
import { CallHistory } from '../../components/CallHistory.tsx';
import { AudioDrop } from '../../components/AudioDrop.tsx';
import type { Platform } from '../../core/types.ts';
import * as s from './store.ts';
import * as act from './actions.ts';
import { SettingsView } from './SettingsView.tsx';
import { LiveCall, customerNameOf } from './LiveCall.tsx';
import { PostCall } from './PostCall.tsx';
import { analysis, analyzeFile } from './analyze-file.ts';
import * as models from './models.ts';
import { localeDateTime } from './dates.ts';

const SHORTCUT = navigator.platform.startsWith('Mac') ? '⌘+Shift+Y' : 'Ctrl+Shift+Y';
const PLATFORM: Record<Platform, string> = { meet: 'Google Meet', zoom: 'Zoom', teams: 'Microsoft Teams', upload: 'Uploaded recording', other: 'Browser tab' };

/** Before the first call: no transcript without a model, so say where to get one. */
function ModelMissing() {
  const id = s.settings.value?.model;
  if (!id) return null;
  const row = models.rows.value.find((r) => r.id === id);
  if (!models.listed.value || row?.installed) return null;
  return (
    <p class="ps-warning" role="status">
      The speech model {row?.label ?? id} is not on this laptop yet, so calls are recorded without a live transcript.{' '}
      <button type="button" class="ps-link" onClick={() => (s.view.value = 'settings')}>Download or import one in Settings</button>.
    </p>
  );
}

export function App() {
  const ready = s.ready.value;
  // After the first frame (the model list is for the "no model yet" warning): nothing before it.
  useEffect(() => s.afterFirstPaint(() => {
    void models.refresh().catch(() => undefined);
    act.preloadActions();
  }), []);
  // The frame alone until the store has answered: no "Not recording / No call yet" that may be false.
  if (!ready) return <div class="ps-app" aria-busy="true" />;
  const st = s.status.value;
  const d = s.detail.value;
  const live = s.recording.value && !!d && st?.callId === d.call.id;
  const elapsed = st?.recording && st.startedAt ? (s.now.value - st.startedAt) / 1000 : d?.call.duration;
  const playbook = s.playbook.value;
  const name = d && customerNameOf(d);
  const subtitle = d && [name && `with ${name}`, PLATFORM[d.call.platform], !live && localeDateTime(d.call.startedAt)].filter(Boolean).join(' · ');
  const tab = (v: s.View, label: string) => (
    <button type="button" class="ps-tab" aria-current={s.view.value === v ? 'page' : undefined} onClick={() => (s.view.value = v)}>{label}</button>
  );
  return (
    <div class={`ps-app${live ? ' ps-app--live' : ''}`}>
      <PanelHeader
        recording={s.recording.value}
        elapsed={elapsed}
        title={d?.call.title}
        subtitle={subtitle || undefined}
        model={st?.recording ? st.model : d?.call.model}
        backend={st?.recording ? st.backend : undefined}
        threads={st?.recording ? st.threads : undefined}
        speech={st?.recording ? st.speech : undefined}
        lagSeconds={st?.lagSeconds}
        micMuted={st?.micMuted}
        playbackLevel={st?.recording ? st.playbackLevel : undefined}
        warning={st?.recording ? st.warning : undefined}
        shortcut={d ? undefined : SHORTCUT}
        onStop={act.stopRecording}
      />
      {s.captureError.value && <p class="ps-error" role="alert">{s.captureError.value}</p>}
      {!s.recording.value && s.view.value === 'call' && <ModelMissing />}
      {s.notice.value && (
        <p class="ps-notice" role="status">
          {s.notice.value}{' '}
          <button type="button" class="ps-link" onClick={() => (s.notice.value = undefined)}>OK</button>
        </p>
      )}
      <nav class="ps-tabs" aria-label="Views">{tab('call', 'Call')}{tab('history', 'History')}{tab('settings', 'Settings')}</nav>
      <main>
        {s.view.value === 'call' && d && playbook && (live
          ? <LiveCall detail={d} metrics={s.liveMetrics.value} playbook={playbook} elapsed={elapsed} />
          : <PostCall detail={d} metrics={s.liveMetrics.value} playbook={playbook} />)}
        {s.view.value === 'call' && !d && <p class="ps-muted">No call yet.</p>}
        {s.view.value === 'call' && !s.recording.value && (
          // Stays open while a dropped file is analyzed: the new call shows above it, the progress here.
          <details class="ps-section" open={!d || analysis.value.progress !== undefined || !!analysis.value.message}>
            <summary>Analyze a recording</summary>
            <AudioDrop onFile={(f) => void analyzeFile(f)} progress={analysis.value.progress} message={analysis.value.message} />
          </details>
        )}
        {s.view.value === 'history' && (
          <CallHistory
            calls={s.calls.value}
            search={s.search.value}
            onSearch={(q) => (s.search.value = q)}
            onOpen={(id) => {
              s.pickedCallId.value = id;
              s.view.value = 'call';
            }}
          />
        )}
        {s.view.value === 'settings' && <SettingsView />}
      </main>
    </div>
  );
}
