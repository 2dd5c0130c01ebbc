import { useEffect, useRef } from 'preact/hooks';
import { PanelHeader } from '../../components/PanelHeader.tsx';
import { SuggestionCards } from '../../components/SuggestionCards.tsx';
import { TalkRatioBar } from '../../components/TalkRatioBar.tsx';
import { SentimentLine } from '../../components/SentimentLine.tsx';
import { TranscriptView } from '../../components/TranscriptView.tsx';
import { CallSummary } from '../../components/CallSummary.tsx';
import { CallActions } from '../../components/CallActions.tsx';
import { CallHistory } from '../../components/CallHistory.tsx';
import { AudioDrop } from '../../components/AudioDrop.tsx';
import { defaultPlaybook } from '../../core/playbook.ts';
import * as s from './store.ts';
import * as act from './actions.ts';
import { SettingsView } from './SettingsView.tsx';
import { analysis, analyzeFile } from './analyze-file.ts';

const SHORTCUT = navigator.platform.startsWith('Mac') ? '⌘+Shift+Y' : 'Ctrl+Shift+Y';

function LiveCall() {
  const d = s.detail.value!;
  const m = s.liveMetrics.value;
  const live = s.recording.value && s.status.value?.callId === d.call.id;
  const scroller = useRef<HTMLDivElement>(null);
  const count = d.segments.length;
  useEffect(() => {
    const el = scroller.current;
    if (live && el && el.scrollHeight - el.scrollTop - el.clientHeight < 120) el.scrollTop = el.scrollHeight;
  }, [count, live]);
  const points = d.segments.filter((x) => x.speaker === 'customer' && x.sentiment).map((x) => ({ t: x.start, score: x.sentiment!.score }));
  const customerName = d.call.participants?.length === 1 ? d.call.participants[0] : undefined;
  const select = (id: string) => (s.selectedMomentId.value = id);
  return (
    <>
      {d.call.status === 'interrupted' && (
        <p class="ps-warning" role="alert">This call was cut off (the browser closed mid-call). Everything transcribed until then is kept.</p>
      )}
      <SuggestionCards
        moments={d.moments}
        dismissed={s.dismissed.value}
        selectedId={s.selectedMomentId.value}
        limit={live ? 3 : undefined}
        onDismiss={s.dismiss}
        onSelect={select}
        onReadAloud={act.readAloud}
        onPlay={live ? undefined : (mo) => void act.playMoment(d.call.id, mo)}
      />
      {m && <TalkRatioBar repSeconds={m.repTalkSeconds} customerSeconds={m.customerTalkSeconds} limit={defaultPlaybook.limits.talkRatio} repLabel="You" customerLabel={customerName ?? 'Customer'} />}
      {points.length > 0 && <SentimentLine points={points} label="Customer sentiment" height={48} onSelectTime={undefined} />}
      {!live && m && <CallSummary metrics={m} />}
      <div class="ps-transcript-box" ref={scroller}>
        <TranscriptView
          segments={d.segments}
          moments={d.moments}
          highlightedMomentId={s.selectedMomentId.value}
          onSelectMoment={select}
          speakerLabels={{ rep: 'You', customer: customerName }}
          emptyText={live ? 'Listening… the transcript appears here as people speak.' : 'No transcript.'}
        />
      </div>
      {!live && (
        <CallActions
          notes={d.call.notes ?? ''}
          onNotes={(n) => void act.saveNotes(d.call.id, n)}
          onExport={(f) => act.exportCall(d, f)}
          onDelete={() => {
            s.pickedCallId.value = undefined;
            void act.removeCall(d.call.id);
          }}
        />
      )}
    </>
  );
}

export function App() {
  const st = s.status.value;
  const d = s.detail.value;
  const elapsed = st?.recording && st.startedAt ? (s.now.value - st.startedAt) / 1000 : d?.call.duration;
  const tab = (v: s.View, label: string) => (
    <button type="button" class="ps-tab" aria-current={s.view.value === v ? 'page' : undefined} onClick={() => (s.view.value = v)}>{label}</button>
  );
  return (
    <div class="ps-app">
      <PanelHeader
        recording={s.recording.value}
        elapsed={elapsed}
        title={d?.call.title}
        model={st?.recording ? st.model : d?.call.model}
        backend={st?.recording ? st.backend : undefined}
        lagSeconds={st?.lagSeconds}
        micMuted={st?.micMuted}
        warning={st?.recording ? st.warning : undefined}
        shortcut={SHORTCUT}
        onStop={act.stopRecording}
      />
      {s.captureError.value && <p class="ps-error" role="alert">{s.captureError.value}</p>}
      <nav class="ps-tabs" aria-label="Views">{tab('call', 'Call')}{tab('history', 'History')}{tab('settings', 'Settings')}</nav>
      <main>
        {s.view.value === 'call' && (d ? <LiveCall /> : <p class="ps-muted">No call yet.</p>)}
        {s.view.value === 'call' && !s.recording.value && (
          <AudioDrop onFile={(f) => void analyzeFile(f)} progress={analysis.value.progress} message={analysis.value.message} />
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
