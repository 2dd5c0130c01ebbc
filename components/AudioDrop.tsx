import { useState } from 'preact/hooks';

export interface AudioDropProps {
  onFile: (file: File) => void;
  /** 0..1 while an analysis runs. */
  progress?: number;
  message?: string;
}

/** Drop (or pick) a recording to analyze it with the same pipeline as a live call. */
export function AudioDrop({ onFile, progress, message }: AudioDropProps) {
  const [over, setOver] = useState(false);
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  return (
    <section
      class={`ps-drop${over ? ' ps-drop--over' : ''}`}
      aria-label="Analyze a recording"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer?.files);
      }}
    >
      <label class="ps-field">
        <span>Analyze a recording: drop an audio file here or pick one</span>
        <input type="file" accept="audio/*,video/webm,.m4a,.mp3,.wav,.webm,.ogg" onChange={(e) => take(e.currentTarget.files)} />
      </label>
      {progress !== undefined && <progress max={1} value={progress} aria-label="Analysis progress" />}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
