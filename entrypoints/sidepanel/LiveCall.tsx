import { useEffect, useRef } from 'preact/hooks';
import { CallGauges } from '../../components/CallGauges.tsx';
import { SuggestionCards } from '../../components/SuggestionCards.tsx';
import { TranscriptView } from '../../components/TranscriptView.tsx';
import type { CallDetail } from '../../store/calls.ts';
import type { CallMetrics, Playbook } from '../../core/types.ts';
import * as s from './store.ts';
import { useFirstRows } from './first-rows.ts';
import * as act from './actions.ts';

export interface LiveCallProps {
  detail: CallDetail;
  metrics?: CallMetrics;
  playbook: Playbook;
  elapsed?: number;
}

export const customerNameOf = (d: CallDetail) => (d.call.participants?.length === 1 ? d.call.participants[0] : undefined);

/** While recording: the newest suggestion cards, the gauges, and the transcript following the call. */
export function LiveCall({ detail: d, metrics: m, playbook, elapsed }: LiveCallProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const count = d.segments.length;
  useEffect(() => {
    const el = scroller.current;
    // Follow the call unless the rep scrolled up to read something.
    if (el && el.scrollHeight - el.scrollTop - el.clientHeight < 160) el.scrollTop = el.scrollHeight;
  }, [count]);
  const customerName = customerNameOf(d);
  const segments = useFirstRows(d.segments);
  return (
    <>
      <SuggestionCards
        moments={d.moments}
        dismissed={s.dismissed.value}
        selectedId={s.selectedMomentId.value}
        limit={3}
        latestPerKind
        onDismiss={s.dismiss}
        onSelect={(id) => (s.selectedMomentId.value = id)}
        onReadAloud={act.readAloud}
      />
      <CallGauges
        segments={d.segments}
        repSeconds={m?.repTalkSeconds ?? 0}
        customerSeconds={m?.customerTalkSeconds ?? 0}
        talkRatioLimit={playbook.limits.talkRatio}
        customerLabel={customerName ?? 'Customer'}
        duration={elapsed}
      />
      <div class="ps-transcript-box ps-transcript-box--live" ref={scroller}>
        <TranscriptView
          segments={segments}
          moments={d.moments}
          highlightedMomentId={s.selectedMomentId.value}
          onSelectMoment={(id) => (s.selectedMomentId.value = id)}
          speakerLabels={{ rep: 'You', customer: customerName }}
          emptyText="Listening… the transcript appears here as people speak."
        />
      </div>
    </>
  );
}
