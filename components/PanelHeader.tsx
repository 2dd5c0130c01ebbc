import { formatClock } from './format-clock.ts';

export interface PanelHeaderProps {
  recording: boolean;
  /** Seconds since recording started (live) or the call's duration. */
  elapsed?: number;
  title?: string;
  model?: string;
  backend?: 'webgpu' | 'wasm';
  /** Seconds of audio waiting for transcription. */
  lagSeconds?: number;
  micMuted?: boolean;
  warning?: string;
  /** Shortcut to show when idle, e.g. "Ctrl+Shift+Y". */
  shortcut?: string;
  onStop?: () => void;
}

/** Lag above this many seconds means transcription is falling behind real time. */
export const LAG_WARNING_SECONDS = 8;

/** Recording state, elapsed time, model and backend; warns when transcription falls behind. */
export function PanelHeader(p: PanelHeaderProps) {
  const behind = (p.lagSeconds ?? 0) > LAG_WARNING_SECONDS;
  const modelName = p.model?.split('/').pop();
  return (
    <header class="ps-header">
      <div class="ps-header-row">
        {p.recording ? (
          <span class="ps-rec" role="status"><span class="ps-rec-dot" aria-hidden="true" />Recording</span>
        ) : (
          <span class="ps-idle">Not recording</span>
        )}
        {p.elapsed !== undefined && (
          <time class="ps-elapsed" aria-label="Elapsed time">{formatClock(p.elapsed)}</time>
        )}
        {p.recording && p.onStop && (
          <button type="button" class="ps-button ps-button--danger" onClick={p.onStop}>Stop</button>
        )}
      </div>
      {p.title && <h1 class="ps-title">{p.title}</h1>}
      <p class="ps-meta">
        {modelName && <span title={p.model}>Model {modelName}</span>}
        {p.backend && <span> · {p.backend === 'webgpu' ? 'WebGPU' : 'WASM (CPU)'}</span>}
        {p.micMuted && <span> · mic muted (not transcribed)</span>}
      </p>
      {behind && (
        <p class="ps-warning" role="alert">
          Transcription is {Math.round(p.lagSeconds!)} s behind the call. A smaller model or a WebGPU-capable machine keeps up better.
        </p>
      )}
      {p.warning && <p class="ps-warning" role="alert">{p.warning}</p>}
      {!p.recording && p.shortcut && (
        <p class="ps-hint">Open your meeting tab, then click the Pitchside button or press <kbd>{p.shortcut}</kbd> to record.</p>
      )}
    </header>
  );
}
