export interface TalkRatioBarProps {
  /** Seconds the rep talked. */
  repSeconds: number;
  /** Seconds the customer talked. */
  customerSeconds: number;
  /** The playbook's talk-ratio limit (0..1); drawn as a marker, and the bar turns to warning past it. */
  limit?: number;
  repLabel?: string;
  customerLabel?: string;
  /** Compact: no legend line, for tables. */
  compact?: boolean;
}

/** Who talked how much: a two-part horizontal bar with an optional limit marker. */
export function TalkRatioBar({ repSeconds, customerSeconds, limit, repLabel = 'Rep', customerLabel = 'Customer', compact }: TalkRatioBarProps) {
  const total = repSeconds + customerSeconds;
  const ratio = total > 0 ? repSeconds / total : 0;
  const repPct = Math.round(ratio * 100);
  const over = limit !== undefined && total > 0 && ratio > limit;
  const label = total > 0 ? `${repLabel} ${repPct}%, ${customerLabel} ${100 - repPct}%` : 'No talk time yet';
  return (
    <div class={`ps-talk-ratio${over ? ' ps-talk-ratio--over' : ''}`}>
      <div
        role="meter"
        aria-label="Rep talk ratio"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={repPct}
        aria-valuetext={label + (over ? ' (over the limit)' : '')}
        style={{
          position: 'relative',
          display: 'flex',
          height: compact ? '0.6em' : '0.9em',
          borderRadius: '999px',
          overflow: 'hidden',
          background: 'var(--ps-customer, #059669)',
          opacity: total > 0 ? 1 : 0.3,
        }}
      >
        <div style={{ width: `${ratio * 100}%`, background: over ? 'var(--ps-warning, #b45309)' : 'var(--ps-rep, #2563eb)' }} />
        {limit !== undefined && (
          <div
            aria-hidden="true"
            title={`Limit ${Math.round(limit * 100)}%`}
            style={{ position: 'absolute', left: `${limit * 100}%`, top: 0, bottom: 0, width: '2px', background: 'var(--ps-fg, #111827)' }}
          />
        )}
      </div>
      {!compact && (
        <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: '0.85em', marginTop: '0.2em' }}>
          <span style={{ color: over ? 'var(--ps-warning, #b45309)' : 'var(--ps-rep, #2563eb)' }}>
            {repLabel} {repPct}%{over ? ' — over the limit' : ''}
          </span>
          <span style={{ color: 'var(--ps-customer, #059669)' }}>{customerLabel} {total > 0 ? 100 - repPct : 0}%</span>
        </div>
      )}
    </div>
  );
}
