import { useEffect, useRef } from 'preact/hooks';
import type { Moment, Segment, Speaker } from '../core/types.ts';
import { formatClock } from './format-clock.ts';
import { momentKindLabel, SEVERITY_COLOR } from './moment-kind-label.ts';

export interface TranscriptViewProps {
  segments: readonly Segment[];
  moments?: readonly Moment[];
  /** The moment to highlight and scroll to (e.g. the one selected in a list). */
  highlightedMomentId?: string;
  /** Called when the user picks a moment flagged on a segment. */
  onSelectMoment?: (momentId: string) => void;
  /** Display names per speaker channel; a segment's own speakerName wins for the customer. */
  speakerLabels?: Partial<Record<Speaker, string>>;
  /** Shown when there are no segments yet. */
  emptyText?: string;
  class?: string;
}

/** Moments anchored at a segment: by segmentId, else same speaker with the moment's start inside the segment. */
export function momentsForSegment(segment: Segment, moments: readonly Moment[]): Moment[] {
  return moments.filter((m) =>
    m.segmentId
      ? m.segmentId === segment.id
      : m.speaker === segment.speaker && m.start >= segment.start && m.start < Math.max(segment.end, segment.start + 0.01),
  );
}

/** A call transcript, one row per segment, with its coaching moments flagged inline. */
export function TranscriptView(props: TranscriptViewProps) {
  const { segments, moments = [], highlightedMomentId, onSelectMoment, speakerLabels = {} } = props;
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!highlightedMomentId || !listRef.current) return;
    const row = listRef.current.querySelector<HTMLElement>(`[data-moment-ids~="${CSS.escape(highlightedMomentId)}"]`);
    row?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [highlightedMomentId]);

  if (segments.length === 0) {
    return <p class="ps-transcript-empty" style={{ color: 'var(--ps-muted, #6b7280)' }}>{props.emptyText ?? 'No transcript yet.'}</p>;
  }

  return (
    <ol ref={listRef} class={`ps-transcript ${props.class ?? ''}`} aria-label="Transcript" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {segments.map((segment) => {
        const flagged = momentsForSegment(segment, moments);
        const highlighted = flagged.some((m) => m.id === highlightedMomentId);
        const name = segment.speakerName ?? speakerLabels[segment.speaker] ?? (segment.speaker === 'rep' ? 'Rep' : 'Customer');
        return (
          <li
            key={segment.id}
            class={`ps-segment ps-segment--${segment.speaker}${highlighted ? ' ps-segment--highlighted' : ''}`}
            data-segment-id={segment.id}
            data-start={segment.start.toFixed(2)}
            data-moment-ids={flagged.map((m) => m.id).join(' ') || undefined}
            aria-current={highlighted ? 'true' : undefined}
            style={{
              display: 'grid',
              gridTemplateColumns: '3.5em 1fr',
              gap: '0.5em',
              padding: '0.4em 0.6em',
              borderLeft: `3px solid ${flagged.length ? SEVERITY_COLOR[flagged[0].severity] : 'transparent'}`,
              background: highlighted ? 'var(--ps-highlight, rgba(250, 204, 21, 0.25))' : undefined,
            }}
          >
            <time style={{ color: 'var(--ps-muted, #6b7280)', fontVariantNumeric: 'tabular-nums' }}>{formatClock(segment.start)}</time>
            <div>
              <strong class="ps-speaker" style={{ color: segment.speaker === 'rep' ? 'var(--ps-rep, #2563eb)' : 'var(--ps-customer, #059669)' }}>
                {name}
              </strong>{' '}
              <span class="ps-segment-text">{segment.text}</span>
              {flagged.length > 0 && (
                <span class="ps-segment-moments" style={{ display: 'inline-flex', flexWrap: 'wrap', gap: '0.3em', marginLeft: '0.4em' }}>
                  {flagged.map((m) => (
                    <button
                      type="button"
                      key={m.id}
                      class="ps-moment-chip"
                      aria-pressed={m.id === highlightedMomentId}
                      onClick={() => onSelectMoment?.(m.id)}
                      style={{
                        font: 'inherit',
                        fontSize: '0.8em',
                        border: `1px solid ${SEVERITY_COLOR[m.severity]}`,
                        color: SEVERITY_COLOR[m.severity],
                        background: 'transparent',
                        borderRadius: '999px',
                        padding: '0 0.6em',
                        cursor: onSelectMoment ? 'pointer' : 'default',
                      }}
                    >
                      {momentKindLabel(m.kind)}
                    </button>
                  ))}
                </span>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
