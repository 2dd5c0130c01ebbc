import { sentimentTone, signed } from './format.ts';

/** A customer-sentiment score with its tone in words (colour is never the only cue). */
export function SentimentBadge({ score }: { score: number | null | undefined }) {
  const { label, tone } = sentimentTone(score);
  return (
    <span class={`m-sentiment m-sentiment--${tone}`} title={`Customer sentiment: ${label}`}>
      {score === null || score === undefined ? '—' : `${signed(score)} ${label}`}
    </span>
  );
}
