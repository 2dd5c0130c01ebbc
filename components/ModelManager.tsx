export interface ModelRow {
  id: string;
  label: string;
  /** Bytes on disk when installed, else the expected download size. */
  sizeBytes?: number;
  installed: boolean;
  /** 0..1 while downloading or importing. */
  progress?: number;
}

export interface ModelManagerProps {
  models: readonly ModelRow[];
  /** Which model is in use: a radio per row (speech); without it, the rows are a plain list. */
  selected?: string;
  onSelect?: (id: string) => void;
  legend?: string;
  /** A line under the legend, e.g. what happens when none is installed. */
  hint?: string;
  onDownload?: (id: string) => void;
  onDelete?: (id: string) => void;
  /** A model folder picked from disk (config.json, tokenizer.json, onnx/...). */
  onImport?: (files: FileList) => void;
  message?: string;
}

const mb = (b?: number) => (b === undefined ? '' : `${(b / 1e6).toFixed(b < 1e7 ? 1 : 0)} MB`);

/** Speech (or sentiment) models: which one is used, download from the Hub, import a folder from disk, delete. */
export function ModelManager({ models, selected, onSelect, legend = 'Speech model', hint, onDownload, onDelete, onImport, message }: ModelManagerProps) {
  return (
    <fieldset class="ps-models">
      <legend>{legend}</legend>
      {hint && <p class="ps-muted">{hint}</p>}
      <ul class="ps-model-list">
        {models.map((m) => (
          <li key={m.id} class="ps-model">
            {onSelect ? (
              <label class="ps-check">
                <input type="radio" name="model" value={m.id} checked={m.id === selected} disabled={!m.installed} onChange={() => onSelect(m.id)} />
                <span>{m.label}</span>
              </label>
            ) : (
              <span>{m.label}</span>
            )}
            <span class="ps-muted">{m.installed ? `installed · ${mb(m.sizeBytes)}` : mb(m.sizeBytes)}</span>
            {m.progress !== undefined && <progress max={1} value={m.progress} aria-label={`${m.label} download`} />}
            {!m.installed && m.progress === undefined && onDownload && (
              <button type="button" class="ps-button" onClick={() => onDownload(m.id)}>Download</button>
            )}
            {m.installed && onDelete && (
              <button type="button" class="ps-button" aria-label={`Delete ${m.label}`} onClick={() => onDelete(m.id)}>Delete</button>
            )}
          </li>
        ))}
      </ul>
      {onImport && (
        <label class="ps-field">
          <span>Import a model folder from disk</span>
          {/* webkitdirectory: pick the whole folder (config.json, tokenizer.json, onnx/...) */}
          <input type="file" {...{ webkitdirectory: true }} multiple onChange={(e) => e.currentTarget.files && onImport(e.currentTarget.files)} />
        </label>
      )}
      {message && <p role="status">{message}</p>}
    </fieldset>
  );
}
