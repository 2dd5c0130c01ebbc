import { momentKindLabel } from '../../components/moment-kind-label.ts';
import { MOMENT_KINDS } from '../../core/types.ts';
import type { TeamMember } from '../api.ts';
import { EMPTY_FILTERS, type CallFilters } from '../store.ts';

const FAMILIES = [
  ['objection', 'Any objection'],
  ['talk', 'Any talk habit'],
  ['risk', 'Any risk'],
  ['tracker', 'Any tracker'],
] as const;

export interface CallFilterBarProps {
  filters: CallFilters;
  reps: TeamMember[];
  onChange: (next: CallFilters) => void;
}

/** Rep, date range, moment kind and customer-sentiment filters of the calls list. */
export function CallFilterBar({ filters, reps, onChange }: CallFilterBarProps) {
  const set = <K extends keyof CallFilters>(key: K, value: CallFilters[K]) => onChange({ ...filters, [key]: value });
  const active = Object.entries(filters).some(([k, v]) => v !== EMPTY_FILTERS[k as keyof CallFilters]);
  return (
    <form class="m-filters" aria-label="Filter calls" onSubmit={(e) => e.preventDefault()}>
      <label class="m-field">
        Rep
        <select name="rep" value={filters.rep} onChange={(e) => set('rep', e.currentTarget.value)}>
          <option value="">Everyone</option>
          {reps.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <label class="m-field">
        From
        <input type="date" name="from" value={filters.from} max={filters.to || undefined} onChange={(e) => set('from', e.currentTarget.value)} />
      </label>
      <label class="m-field">
        To
        <input type="date" name="to" value={filters.to} min={filters.from || undefined} onChange={(e) => set('to', e.currentTarget.value)} />
      </label>
      <label class="m-field">
        Moment
        <select name="kind" value={filters.kind} onChange={(e) => set('kind', e.currentTarget.value)}>
          <option value="">Any or none</option>
          <optgroup label="Families">
            {FAMILIES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </optgroup>
          <optgroup label="Kinds">
            {MOMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {momentKindLabel(k)}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <label class="m-field">
        Customer sentiment
        <select name="sentiment" value={filters.sentiment} onChange={(e) => set('sentiment', e.currentTarget.value as CallFilters['sentiment'])}>
          <option value="">Any</option>
          <option value="positive">Positive (≥ +0.2)</option>
          <option value="neutral">Neutral</option>
          <option value="negative">Negative (≤ −0.2)</option>
        </select>
      </label>
      {active && (
        <button type="button" class="m-button m-button--quiet" onClick={() => onChange({ ...EMPTY_FILTERS })}>
          Clear filters
        </button>
      )}
    </form>
  );
}
