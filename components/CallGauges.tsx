import type { Segment } from '../core/types.ts';
import { SentimentLine } from './SentimentLine.tsx';
import { TalkRatioBar } from './TalkRatioBar.tsx';

export interface CallGaugesProps {
  segments: readonly Segment[];
  repSeconds: number;
  customerSeconds: number;
  /** The playbook's talk-ratio limit (0..1). */
  talkRatioLimit: number;
  customerLabel: string;
  /** x range end of the sentiment line (elapsed time or the call's length). */
  duration?: number;
  onSelectTime?: (t: number) => void;
  /** `segments` is not the whole transcript yet: the sentiment line keeps its place, drawn once it is. */
  sentimentPending?: boolean;
}

const SENTIMENT_HEIGHT = 40;

const moodOf = (score: number) => (score <= -0.3 ? 'negative' : score >= 0.3 ? 'positive' : 'neutral');

/** Who talks how much, and how the customer feels: the two gauges the rep glances at. */
export function CallGauges({ segments, repSeconds, customerSeconds, talkRatioLimit, customerLabel, duration, onSelectTime, sentimentPending }: CallGaugesProps) {
  const points = sentimentPending ? [] : segments.filter((x) => x.speaker === 'customer' && x.sentiment).map((x) => ({ t: x.start, score: x.sentiment!.score }));
  const last = points[points.length - 1];
  return (
    <section class="ps-gauges" aria-label="Talk ratio and customer sentiment">
      <div class="ps-gauge">
        <h2 class="ps-gauge-title">Talk time</h2>
        <TalkRatioBar repSeconds={repSeconds} customerSeconds={customerSeconds} limit={talkRatioLimit} repLabel="You" customerLabel={customerLabel} />
      </div>
      <div class="ps-gauge">
        <h2 class="ps-gauge-title">
          Customer sentiment
          {last && <span class={`ps-mood ps-mood--${moodOf(last.score)}`}>{moodOf(last.score)} ({last.score.toFixed(2)})</span>}
        </h2>
        {sentimentPending ? (
          <div class="ps-sentiment-pending" style={{ height: `${SENTIMENT_HEIGHT}px` }} aria-busy="true" />
        ) : points.length > 0 ? (
          <SentimentLine points={points} from={0} duration={Math.max(duration ?? 0, last?.t ?? 0)} label="Customer sentiment" height={SENTIMENT_HEIGHT} onSelectTime={onSelectTime} />
        ) : (
          <p class="ps-muted">Appears when the customer speaks.</p>
        )}
      </div>
    </section>
  );
}
