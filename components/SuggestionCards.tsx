import type { Moment } from '../core/types.ts';
import { MomentCard } from './MomentCard.tsx';

export interface SuggestionCardsProps {
  moments: readonly Moment[];
  dismissed: ReadonlySet<string>;
  selectedId?: string;
  /** Newest first, at most this many (live view). */
  limit?: number;
  /** Only the newest card of each kind (live: the same objection twice is one card). */
  latestPerKind?: boolean;
  onDismiss: (id: string) => void;
  onSelect: (id: string) => void;
  onReadAloud?: (text: string) => void;
  /** Plays the call audio around the moment, when the call's audio was kept. */
  onPlay?: (moment: Moment) => void;
}

const RANK = { critical: 2, warning: 1, info: 0 } as const;

/** Coaching cards for moments worth acting on: suggestion, dismiss, read aloud, replay. */
export function SuggestionCards({ moments, dismissed, selectedId, limit, latestPerKind, onDismiss, onSelect, onReadAloud, onPlay }: SuggestionCardsProps) {
  const kinds = new Set<string>();
  const shown = moments
    .filter((m) => m.suggestion || m.severity !== 'info')
    .sort((a, b) => b.start - a.start)
    // Live, an objection or a risk outranks a newer tracker card.
    .sort((a, b) => (latestPerKind ? RANK[b.severity] - RANK[a.severity] : 0))
    .filter((m) => !latestPerKind || (!kinds.has(m.kind) && kinds.add(m.kind)))
    .filter((m) => !dismissed.has(m.id)) // a dismissed card stays gone, older ones of its kind too
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
