import { formatClock } from './format-clock.ts';

export interface PanelHeaderProps {
  recording: boolean;
  /** Seconds since recording started (live) or the call's duration. */
  elapsed?: number;
  title?: string;
  /** Under the title, e.g. "with Casey Customer · Google Meet" or the call's date. */
  subtitle?: string;
  model?: string;
  backend?: 'webgpu' | 'wasm';
  /** WASM threads, shown with the WASM backend. */
  threads?: number;
  /** The speech model while recording: loading, transcribing, or off. */
  speech?: 'loading' | 'ready' | 'off';
  /** Seconds of audio waiting for transcription. */
  lagSeconds?: number;
  micMuted?: boolean;
  /** Loudness (0..1) of the meeting audio played back to the rep, while recording. */
  playbackLevel?: number;
  warning?: string;
  /** Shortcut to show when idle, e.g. "Ctrl+Shift+Y". */
  shortcut?: string;
  onStop?: () => void;
}

/** Lag above this many seconds means transcription is falling behind real time. */
export const LAG_WARNING_SECONDS = 8;

/** Recording state, elapsed time, model and backend; warns when transcription falls behind. */
export function PanelHeader(p: PanelHeaderProps) {
  const behind = p.recording && p.speech !== 'loading' && (p.lagSeconds ?? 0) > LAG_WARNING_SECONDS;
  const modelName = p.model?.split('/').pop();
  const level = Math.min(1, Math.sqrt(p.playbackLevel ?? 0) * 3);
  return (
    <header class={`ps-header${p.recording ? ' ps-header--rec' : ''}`}>
      <div class="ps-header-row">
        {p.recording ? (
          <span class="ps-rec" role="status"><span class="ps-rec-dot" aria-hidden="true" />Recording</span>
        ) : (
          <span class="ps-idle">{p.elapsed !== undefined ? 'Call ended' : 'Not recording'}</span>
        )}
        {p.elapsed !== undefined && (
          <time class="ps-elapsed" aria-label={p.recording ? 'Elapsed time' : 'Call length'}>{formatClock(p.elapsed)}</time>
        )}
        {p.recording && p.onStop && (
          <button type="button" class="ps-button ps-button--danger ps-stop" onClick={p.onStop}>Stop</button>
        )}
      </div>
      {p.title && <h1 class="ps-title">{p.title}</h1>}
      {p.subtitle && <p class="ps-meta">{p.subtitle}</p>}
      <p class="ps-meta ps-engine">
        {modelName && <span title={p.model}>Model <b>{modelName}</b></span>}
        {p.backend && <span> · {p.backend === 'webgpu' ? 'WebGPU' : `WASM (CPU${p.threads && p.threads > 1 ? `, ${p.threads} threads` : ''})`}</span>}
        {p.recording && p.speech === 'loading' && <span> · loading the model…</span>}
        {p.micMuted && <span class="ps-muted-mic"> · mic muted (not transcribed)</span>}
        {p.recording && p.playbackLevel !== undefined && (
          <span class="ps-playback" title="The meeting's audio still plays on your speakers">
            {' · '}meeting audio
            <span class="ps-level" aria-hidden="true"><span style={{ width: `${Math.round(level * 100)}%` }} /></span>
          </span>
        )}
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
