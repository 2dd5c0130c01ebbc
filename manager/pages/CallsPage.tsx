import { useEffect, useState } from 'preact/hooks';
import { formatClock } from '../../components/format-clock.ts';
import { TalkRatioBar } from '../../components/TalkRatioBar.tsx';
import { api, type CallRow } from '../api.ts';
import { formatDateTime } from '../format.ts';
import { SentimentBadge } from '../SentimentBadge.tsx';
import { callFilters, hrefFor, isManager, team } from '../store.ts';
import { CallFilterBar } from './CallFilterBar.tsx';
import { filtersToQuery } from './call-filters.ts';

interface ListState {
  rows: CallRow[];
  next: string | null;
  loading: boolean;
  error?: string;
}

/** The team's synced calls, newest first, filtered, one cursor page at a time ("Load more"). */
export function CallsPage() {
  const filters = callFilters.value;
  const [state, setState] = useState<ListState>({ rows: [], next: null, loading: true });

  const load = (cursor: string | null, signal?: AbortSignal) => {
    setState((s) => ({ ...s, loading: true, error: undefined }));
    api.calls({ ...filtersToQuery(filters), cursor: cursor ?? undefined }, signal).then(
      (page) => setState((s) => ({ rows: cursor ? [...s.rows, ...page.calls] : page.calls, next: page.nextCursor, loading: false })),
      (err: Error) => err.name !== 'AbortError' && setState((s) => ({ ...s, loading: false, error: err.message })),
    );
  };
  useEffect(() => {
    const ctrl = new AbortController();
    load(null, ctrl.signal);
    return () => ctrl.abort();
  }, [filters]);

  const reps = team.value.filter((m) => m.role === 'rep');
  return (
    <section aria-labelledby="calls-title" class="m-stack">
      <div class="m-page-head">
        <h1 id="calls-title">Calls</h1>
        <p class="m-muted">{isManager.value ? 'Every synced call of your team, newest first.' : 'Your synced calls, newest first.'}</p>
      </div>
      {isManager.value && <CallFilterBar filters={filters} reps={reps} onChange={(f) => (callFilters.value = f)} />}
      {state.error && (
        <p class="m-error" role="alert">
          {state.error}
        </p>
      )}
      <div class="m-card m-table-wrap">
        <table class="m-table m-calls">
          <caption class="m-sr-only">Calls{state.loading ? ' (loading)' : ''}</caption>
          <thead>
            <tr>
              <th scope="col">Call</th>
              <th scope="col">Rep</th>
              <th scope="col">Date</th>
              <th scope="col" class="m-num">Length</th>
              <th scope="col" class="m-ratio-col">Talk ratio</th>
              <th scope="col">Customer sentiment</th>
              <th scope="col" class="m-num">Moments</th>
            </tr>
          </thead>
          <tbody aria-live="polite" aria-busy={state.loading}>
            {state.rows.map((c) => (
              <tr key={c.id} data-call-id={c.id}>
                <th scope="row">
                  <a href={hrefFor({ page: 'call', id: c.id })}>{c.title || 'Untitled call'}</a>
                  <span class="m-platform">{c.platform}</span>
                </th>
                <td>{c.repName}</td>
                <td>{formatDateTime(c.startedAt)}</td>
                <td class="m-num">{c.duration ? formatClock(c.duration) : '—'}</td>
                <td class="m-ratio-col">
                  <TalkRatioBar repSeconds={c.repTalkSeconds ?? 0} customerSeconds={c.customerTalkSeconds ?? 0} compact />
                </td>
                <td>
                  <SentimentBadge score={c.sentimentMean} />
                </td>
                <td class="m-num">{c.momentCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {!state.loading && state.rows.length === 0 && !state.error && <p class="m-empty">No calls match these filters.</p>}
      </div>
      <div class="m-row">
        {state.next && (
          <button type="button" class="m-button" disabled={state.loading} onClick={() => load(state.next)}>
            {state.loading ? 'Loading…' : 'Load more calls'}
          </button>
        )}
        <span class="m-muted" aria-live="polite">
          {state.rows.length} call{state.rows.length === 1 ? '' : 's'} shown{state.next ? '' : state.rows.length ? ', all loaded' : ''}
        </span>
      </div>
    </section>
  );
}
