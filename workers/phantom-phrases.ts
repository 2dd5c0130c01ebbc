/**
 * Whisper's known hallucinations on noise and silence: subtitle credits and polite closers that it
 * emits when there is no speech. Dropped only when they are the whole utterance.
 */
const PHANTOMS = new Set([
  'thank you',
  'thank you very much',
  'thanks',
  'thanks for watching',
  'thank you for watching',
  'thank you so much for watching',
  'please subscribe',
  'subscribe to my channel',
  'like and subscribe',
  'you',
  'subtitles by the amaraorg community',
  'transcription by castingwords',
  'music',
  'applause',
  'blank_audio',
]);

const normalize = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9_ ]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** True when the text is empty, only bracketed noise tags, or a lone phantom phrase. */
export function isPhantom(text: string): boolean {
  const stripped = text.replace(/\[[^\]]*\]|\([^)]*\)|[♪*]/g, ' ');
  const n = normalize(stripped);
  return n === '' || PHANTOMS.has(n);
}
