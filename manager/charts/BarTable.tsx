export interface BarRow {
  key: string;
  label: string;
  /** null = no data (no bar, an em dash). */
  value: number | null;
  /** The value as shown, e.g. "1:42" or "2.3 /min". */
  text: string;
}

export interface BarTableProps {
  caption: string;
  rows: BarRow[];
  /** Scale end; defaults to the largest value. */
  max?: number;
  /** A reference line (e.g. the playbook limit) in value units. */
  marker?: { value: number; label: string };
  /** Bars past the marker turn to the warning colour. */
  warnAboveMarker?: boolean;
}

/** A horizontal bar chart that is a real table: screen readers read rows and values, sighted users see bars. */
export function BarTable({ caption, rows, max, marker, warnAboveMarker }: BarTableProps) {
  const top = max ?? Math.max(1e-9, ...rows.map((r) => r.value ?? 0), marker?.value ?? 0);
  const pct = (v: number) => `${Math.min(100, (v / top) * 100).toFixed(1)}%`;
  return (
    <table class="m-bars">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td class="m-bars-track" aria-hidden="true">
              {r.value !== null && (
                <span class={`m-bar${warnAboveMarker && marker && r.value > marker.value ? ' m-bar--warn' : ''}`} style={{ width: pct(r.value) }} />
              )}
              {marker && <span class="m-bar-marker" style={{ left: pct(marker.value) }} title={marker.label} />}
            </td>
            <td class="m-num">{r.value === null ? '—' : r.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
