import { useEffect, useRef, useState } from 'preact/hooks';

export type ExportFormat = 'md' | 'srt' | 'vtt' | 'json';

export interface CallActionsProps {
  notes: string;
  onNotes: (notes: string) => void;
  onExport: (format: ExportFormat) => void;
  onDelete: () => void;
  /** Larger models the call can be re-transcribed with (needs the kept audio). */
  retranscribeModels?: readonly string[];
  onRetranscribe?: (model: string) => void;
  busy?: string;
}

const EXPORTS: [ExportFormat, string][] = [['md', 'Markdown'], ['srt', 'SRT'], ['vtt', 'WebVTT'], ['json', 'JSON']];

/** After the call: notes, export, re-transcribe and delete. */
export function CallActions(p: CallActionsProps) {
  const [confirming, setConfirming] = useState(false);
  const [model, setModel] = useState(p.retranscribeModels?.[0] ?? '');
  return (
    <section class="ps-actions" aria-label="Call actions">
      <NotesField value={p.notes} onSave={p.onNotes} />
      <div class="ps-row" role="group" aria-labelledby="ps-export-label">
        <span id="ps-export-label">Export</span>
        {EXPORTS.map(([f, label]) => (
          <button key={f} type="button" class="ps-button" aria-label={`Export ${label}`} onClick={() => p.onExport(f)}>{label}</button>
        ))}
      </div>
      {p.onRetranscribe && p.retranscribeModels && p.retranscribeModels.length > 0 && (
        <div class="ps-row">
          <label class="ps-field ps-field--inline">
            <span>Re-transcribe with</span>
            <select value={model} onChange={(e) => setModel(e.currentTarget.value)}>
              {p.retranscribeModels.map((m) => <option key={m} value={m}>{m.split('/').pop()}</option>)}
            </select>
          </label>
          <button type="button" class="ps-button" disabled={!!p.busy} onClick={() => p.onRetranscribe!(model)}>Re-transcribe</button>
        </div>
      )}
      {p.busy && <p role="status">{p.busy}</p>}
      <div class="ps-row">
        {confirming ? (
          <>
            <button type="button" class="ps-button ps-button--danger" onClick={p.onDelete}>Delete for good</button>
            <button type="button" class="ps-button" onClick={() => setConfirming(false)}>Keep</button>
          </>
        ) : (
          <button type="button" class="ps-button ps-button--danger" onClick={() => setConfirming(true)}>Delete call</button>
        )}
      </div>
    </section>
  );
}

/**
 * The notes box keeps its own draft while the rep types, so a re-render from the database (a live
 * query, a status tick) never resets what is being written. Saved a moment after typing stops, on
 * blur, and when the panel leaves the call.
 */
function NotesField({ value, onSave }: { value: string; onSave: (notes: string) => void }) {
  const [draft, setDraft] = useState(value);
  const editing = useRef(false);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; text: string } | undefined>(undefined);
  const saved = useRef(value);
  saved.current = value;
  const flush = () => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = undefined;
    if (p.text !== saved.current) onSave(p.text);
  };
  useEffect(() => {
    if (!editing.current && !pending.current) setDraft(value);
  }, [value]);
  useEffect(() => flush, []);
  return (
    <label class="ps-field">
      <span>Notes</span>
      <textarea
        rows={3}
        value={draft}
        onFocus={() => (editing.current = true)}
        onInput={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          if (pending.current) clearTimeout(pending.current.timer);
          pending.current = { text, timer: setTimeout(flush, 700) };
        }}
        onBlur={() => {
          editing.current = false;
          flush();
        }}
      />
    </label>
  );
}
