/** Subtitle and report time stamps from seconds. */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function parts(seconds: number) {
  const ms = Math.max(0, Math.round(seconds * 1000));
  return { h: Math.floor(ms / 3_600_000), m: Math.floor(ms / 60_000) % 60, s: Math.floor(ms / 1000) % 60, ms: ms % 1000 };
}

/** `HH:MM:SS,mmm` (SRT) or `HH:MM:SS.mmm` (WebVTT). */
export function cueTime(seconds: number, separator: ',' | '.'): string {
  const { h, m, s, ms } = parts(seconds);
  return `${pad(h)}:${pad(m)}:${pad(s)}${separator}${pad(ms, 3)}`;
}

/** `M:SS`, or `H:MM:SS` from an hour on, for people reading a report. */
export function clockTime(seconds: number): string {
  const { h, m, s } = parts(Math.floor(seconds));
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
