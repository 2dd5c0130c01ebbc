import { momentKindLabel } from '../../components/moment-kind-label.ts';

export interface StackedRow {
  key: string;
  label: string;
  counts: Record<string, number>;
}

/** Colours for objection kinds (CSS custom properties, themed light/dark). */
const PALETTE = ['--m-c1', '--m-c2', '--m-c3', '--m-c4', '--m-c5', '--m-c6'];

/** Counts per kind per row as stacked bars, with a legend and the numbers in text for screen readers. */
export function StackedBars({ caption, rows }: { caption: string; rows: StackedRow[] }) {
  const kinds = [...new Set(rows.flatMap((r) => Object.keys(r.counts)))].sort();
  const color = (kind: string) => `var(${PALETTE[kinds.indexOf(kind) % PALETTE.length]})`;
  const max = Math.max(1, ...rows.map((r) => Object.values(r.counts).reduce((a, b) => a + b, 0)));
  if (kinds.length === 0) return <p class="m-muted">{caption}: none in this period.</p>;
  return (
    <div>
      <table class="m-bars">
        <caption>{caption}</caption>
        <tbody>
          {rows.map((r) => {
            const total = Object.values(r.counts).reduce((a, b) => a + b, 0);
            const detail = kinds.filter((k) => r.counts[k]).map((k) => `${momentKindLabel(k)} ${r.counts[k]}`).join(', ');
            return (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td class="m-bars-track" aria-hidden="true">
                  <span class="m-stack-bar" style={{ width: `${(total / max) * 100}%` }}>
                    {kinds.filter((k) => r.counts[k]).map((k) => (
                      <span key={k} style={{ flexGrow: r.counts[k], background: color(k) }} title={`${momentKindLabel(k)}: ${r.counts[k]}`} />
                    ))}
                  </span>
                </td>
                <td class="m-num">
                  {total}
                  <span class="m-sr-only">{detail ? ` (${detail})` : ''}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ul class="m-legend" aria-hidden="true">
        {kinds.map((k) => (
          <li key={k}>
            <span class="m-swatch" style={{ background: color(k) }} />
            {momentKindLabel(k)}
          </li>
        ))}
      </ul>
    </div>
  );
}
