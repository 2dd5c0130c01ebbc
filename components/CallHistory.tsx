import type { Call } from '../core/types.ts';
import { formatClock } from './format-clock.ts';

export interface CallHistoryProps {
  calls: readonly Call[];
  search: string;
  onSearch: (q: string) => void;
  onOpen: (callId: string) => void;
}

const STATUS_LABEL = { recording: 'recording', done: '', interrupted: 'interrupted' } as const;

/** Past calls, newest first, with a search box (title, participants, notes, transcript). */
export function CallHistory({ calls, search, onSearch, onOpen }: CallHistoryProps) {
  return (
    <section class="ps-history" aria-label="Call history">
      <label class="ps-field">
        <span>Search calls</span>
        <input type="search" value={search} placeholder="Words from the title or transcript" onInput={(e) => onSearch(e.currentTarget.value)} />
      </label>
      {calls.length === 0 ? (
        <p class="ps-muted">{search ? 'No call matches.' : 'No calls yet.'}</p>
      ) : (
        <ul class="ps-call-list">
          {calls.map((c) => (
            <li key={c.id}>
              <button type="button" class="ps-call-item" onClick={() => onOpen(c.id)}>
                <strong>{c.title}</strong>
                <span class="ps-muted">
                  {new Date(c.startedAt).toLocaleString()}
                  {c.duration !== undefined && ` · ${formatClock(c.duration)}`}
                  {STATUS_LABEL[c.status] && ` · ${STATUS_LABEL[c.status]}`}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
