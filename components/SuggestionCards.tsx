import type { Moment } from '../core/types.ts';
import { MomentCard } from './MomentCard.tsx';

export interface SuggestionCardsProps {
  moments: readonly Moment[];
  dismissed: ReadonlySet<string>;
  selectedId?: string;
  /** Newest first, at most this many (live view). */
  limit?: number;
  onDismiss: (id: string) => void;
  onSelect: (id: string) => void;
  onReadAloud?: (text: string) => void;
  /** Plays the call audio around the moment, when the call's audio was kept. */
  onPlay?: (moment: Moment) => void;
}

/** Coaching cards for moments worth acting on: suggestion, dismiss, read aloud, replay. */
export function SuggestionCards({ moments, dismissed, selectedId, limit, onDismiss, onSelect, onReadAloud, onPlay }: SuggestionCardsProps) {
  const shown = moments
    .filter((m) => !dismissed.has(m.id) && (m.suggestion || m.severity !== 'info'))
    .slice()
    .sort((a, b) => b.start - a.start)
    .slice(0, limit);
  if (shown.length === 0) return null;
  return (
    <section class="ps-cards" aria-label="Suggestions">
      {shown.map((m) => (
        <MomentCard key={m.id} moment={m} selected={m.id === selectedId} onSelect={onSelect} class="ps-suggestion">
          <div class="ps-card-actions">
            {onReadAloud && m.suggestion && (
              <button type="button" class="ps-button" onClick={() => onReadAloud(m.suggestion!)}>Read aloud</button>
            )}
            {onPlay && (
              <button type="button" class="ps-button" onClick={() => onPlay(m)}>Play</button>
            )}
            <button type="button" class="ps-button" aria-label={`Dismiss ${m.kind} card`} onClick={() => onDismiss(m.id)}>Dismiss</button>
          </div>
        </MomentCard>
      ))}
    </section>
  );
}
