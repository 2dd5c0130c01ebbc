import type { Moment } from '../core/types.ts';
import { formatClock } from './format-clock.ts';
import { momentKindLabel, SEVERITY_COLOR } from './moment-kind-label.ts';

export interface MomentListProps {
  moments: readonly Moment[];
  selectedId?: string;
  /** Jump to the moment in the transcript. */
  onSelect: (momentId: string) => void;
  onReadAloud?: (text: string) => void;
  /** Plays the call audio around the moment (when the call's audio was kept). */
  onPlay?: (moment: Moment) => void;
}

/** After the call: every moment in call order, one line each; the selected one shows its suggestion. */
export function MomentList({ moments, selectedId, onSelect, onReadAloud, onPlay }: MomentListProps) {
  if (moments.length === 0) return <p class="ps-muted">No coaching moments in this call.</p>;
  const ordered = [...moments].sort((a, b) => a.start - b.start);
  return (
    <ol class="ps-moment-list" aria-label="Moments">
      {ordered.map((m) => {
        const selected = m.id === selectedId;
        return (
          <li key={m.id} class={`ps-moment-row${selected ? ' ps-moment-row--selected' : ''}`} data-moment-id={m.id}>
            <button type="button" class="ps-moment-row-head" aria-expanded={selected} onClick={() => onSelect(m.id)}>
              <time>{formatClock(m.start)}</time>
              <span class="ps-moment-row-kind" style={{ color: SEVERITY_COLOR[m.severity] }}>{momentKindLabel(m.kind)}</span>
              <span class="ps-moment-row-text">{m.competitor ?? m.text}</span>
            </button>
            {selected && (
              <div class="ps-moment-row-body">
                {m.suggestion && <p><strong>Tip: </strong>{m.suggestion}</p>}
                <div class="ps-card-actions">
                  {onPlay && <button type="button" class="ps-button" onClick={() => onPlay(m)}>Play this moment</button>}
                  {onReadAloud && m.suggestion && (
                    <button type="button" class="ps-button" onClick={() => onReadAloud(m.suggestion!)}>Read aloud</button>
                  )}
                </div>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
