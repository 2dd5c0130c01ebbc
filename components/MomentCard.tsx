import type { ComponentChildren } from 'preact';
import type { Moment } from '../core/types.ts';
import { formatClock } from './format-clock.ts';
import { momentKindLabel, SEVERITY_COLOR } from './moment-kind-label.ts';

export interface MomentComment {
  id: string;
  authorName: string;
  body: string;
  /** Epoch ms. */
  createdAt: number;
}

export interface MomentCardProps {
  moment: Moment;
  comments?: readonly MomentComment[];
  selected?: boolean;
  /** Makes the header a button (e.g. jump to the moment in the transcript). */
  onSelect?: (momentId: string) => void;
  /** Action slot: buttons, a comment form, ... rendered at the bottom of the card. */
  children?: ComponentChildren;
  class?: string;
}

/** One coaching moment: what happened, when, the playbook's suggestion, and any manager comments. */
export function MomentCard({ moment, comments = [], selected, onSelect, children, ...rest }: MomentCardProps) {
  const color = SEVERITY_COLOR[moment.severity];
  const heading = (
    <>
      <span class="ps-moment-kind" style={{ fontWeight: 600, color }}>{momentKindLabel(moment.kind)}</span>
      <time style={{ marginLeft: 'auto', color: 'var(--ps-muted, #6b7280)', fontVariantNumeric: 'tabular-nums' }}>
        {formatClock(moment.start)}
      </time>
    </>
  );
  const headStyle = { display: 'flex', gap: '0.5em', alignItems: 'baseline', width: '100%' };
  return (
    <article
      class={`ps-moment-card ps-moment-card--${moment.severity}${selected ? ' ps-moment-card--selected' : ''} ${rest.class ?? ''}`}
      data-moment-id={moment.id}
      aria-label={`${momentKindLabel(moment.kind)} at ${formatClock(moment.start)}`}
      style={{
        border: '1px solid var(--ps-border, #e5e7eb)',
        borderLeft: `4px solid ${color}`,
        borderRadius: '8px',
        padding: '0.6em 0.8em',
        background: selected ? 'var(--ps-highlight, rgba(250, 204, 21, 0.18))' : 'var(--ps-surface, transparent)',
      }}
    >
      {onSelect ? (
        <button
          type="button"
          onClick={() => onSelect(moment.id)}
          aria-pressed={selected ?? false}
          style={{ ...headStyle, font: 'inherit', color: 'inherit', background: 'none', border: 0, padding: 0, cursor: 'pointer', textAlign: 'left' }}
        >
          {heading}
        </button>
      ) : (
        <header style={headStyle}>{heading}</header>
      )}
      {moment.competitor && <p style={{ margin: '0.3em 0 0' }}>Competitor: <strong>{moment.competitor}</strong></p>}
      {moment.text && (
        <blockquote style={{ margin: '0.4em 0', paddingLeft: '0.6em', borderLeft: '2px solid var(--ps-border, #e5e7eb)' }}>
          <span class="ps-moment-speaker">{moment.speaker === 'rep' ? 'Rep' : 'Customer'}: </span>“{moment.text}”
        </blockquote>
      )}
      {moment.suggestion && (
        <p class="ps-moment-suggestion" style={{ margin: '0.4em 0' }}>
          <strong class="ps-moment-tip" style={{ color: 'var(--ps-accent, #4f46e5)' }}>Tip: </strong>
          {moment.suggestion}
        </p>
      )}
      {comments.length > 0 && (
        <ul class="ps-moment-comments" aria-label="Comments" style={{ listStyle: 'none', padding: 0, margin: '0.4em 0' }}>
          {comments.map((c) => (
            <li key={c.id} style={{ padding: '0.3em 0', borderTop: '1px dashed var(--ps-border, #e5e7eb)' }}>
              <strong>{c.authorName}</strong>{' '}
              <time dateTime={new Date(c.createdAt).toISOString()} style={{ color: 'var(--ps-muted, #6b7280)', fontSize: '0.85em' }}>
                {new Date(c.createdAt).toLocaleString()}
              </time>
              <p style={{ margin: '0.2em 0 0', whiteSpace: 'pre-wrap' }}>{c.body}</p>
            </li>
          ))}
        </ul>
      )}
      {children}
    </article>
  );
}
