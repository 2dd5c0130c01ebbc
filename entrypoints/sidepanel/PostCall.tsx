import { useEffect } from 'preact/hooks';
import { CallActions } from '../../components/CallActions.tsx';
import { CallGauges } from '../../components/CallGauges.tsx';
import { CallSummary } from '../../components/CallSummary.tsx';
import { MomentList } from '../../components/MomentList.tsx';
import { TranscriptView } from '../../components/TranscriptView.tsx';
import type { CallMetrics, Playbook } from '../../core/types.ts';
import type { ShownCall } from './first-read.ts';
import * as s from './store.ts';
import { useFirstRows } from './first-rows.ts';
import * as act from './actions.ts';
import * as models from './models.ts';
import { analysis, retranscribe } from './analyze-file.ts';
import { customerNameOf } from './LiveCall.tsx';

export interface PostCallProps {
  detail: ShownCall;
  metrics?: CallMetrics;
  playbook: Playbook;
}

/** After the call: how it went, its moments, the transcript, notes, export, re-transcribe, delete. */
export function PostCall({ detail: d, metrics: m, playbook }: PostCallProps) {
  useEffect(() => void models.refresh().catch(() => undefined), []);
  const customerName = customerNameOf(d);
  const segments = useFirstRows(d.segments);
  const moments = useFirstRows(d.moments);
  const select = (id: string) => (s.selectedMomentId.value = id);
  const others = models.rows.value.filter((r) => r.installed && r.id !== d.call.model).map((r) => r.id);
  const busy = analysis.value.progress !== undefined ? analysis.value.message : undefined;
  return (
    <>
      {d.call.status === 'interrupted' && (
        <p class="ps-warning" role="alert">This call was cut off (the browser closed mid-call). Everything transcribed until then is kept.</p>
      )}
      {m && (
        <CallGauges
          segments={d.segments}
          repSeconds={m.repTalkSeconds}
          customerSeconds={m.customerTalkSeconds}
          talkRatioLimit={playbook.limits.talkRatio}
          customerLabel={customerName ?? 'Customer'}
          duration={d.call.duration}
          sentimentPending={d.segmentCount !== undefined}
        />
      )}
      {m && (
        <details class="ps-section" open>
          <summary>Metrics</summary>
          <CallSummary metrics={m} />
        </details>
      )}
      <details class="ps-section" open>
        <summary>Moments ({d.moments.length})</summary>
        <MomentList
          moments={moments}
          selectedId={s.selectedMomentId.value}
          onSelect={select}
          onReadAloud={act.readAloud}
          onPlay={(mo) => void act.playMoment(d.call.id, mo)}
        />
      </details>
      <details class="ps-section" open>
        <summary>Transcript ({d.segmentCount ?? d.segments.length})</summary>
        <div class="ps-transcript-box">
          <TranscriptView
            segments={segments}
            moments={d.moments}
            highlightedMomentId={s.selectedMomentId.value}
            onSelectMoment={select}
            speakerLabels={{ rep: 'You', customer: customerName }}
            emptyText="No transcript."
          />
        </div>
      </details>
      <CallActions
        key={d.call.id}
        notes={d.call.notes ?? ''}
        onNotes={(n) => void act.saveNotes(d.call.id, n)}
        onExport={(f) => void act.exportCall(d, f)}
        retranscribeModels={others}
        onRetranscribe={(model) => void retranscribe(d.call.id, model)}
        busy={busy}
        onDelete={() => {
          s.pickedCallId.value = undefined;
          void act.removeCall(d.call.id);
        }}
      />
    </>
  );
}
