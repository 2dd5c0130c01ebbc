/**
 * A scripted two-channel call made with espeak-ng (rep on the left, customer on the right,
 * silent stretches between), with the truth: where each line's speech actually is in the file,
 * measured from the samples (espeak pads its clips with a little silence).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WaveFile } from '../../core/audio/wavefile.ts';
import type { Speaker } from '../../core/types.ts';

export interface CallLine {
  speaker: Speaker;
  /** Where the clip is placed (s). */
  at: number;
  text: string;
}

export interface SpokenLine extends CallLine {
  /** First / last audible sample of the line (s). */
  start: number;
  end: number;
}

export const DEFAULT_LINES: CallLine[] = [
  { speaker: 'rep', at: 0.8, text: 'Thanks for joining today and let me show you our pricing for the team plan.' },
  { speaker: 'customer', at: 7, text: 'Honestly the price is too high for our budget this year.' },
  { speaker: 'rep', at: 14, text: 'What budget did you have in mind?' },
];

const RATE = 16_000;
const VOICE: Record<Speaker, string> = { rep: 'en-us', customer: 'en-us+f3' };

/** One espeak-ng line as 16 kHz mono samples. */
export function speakLine(dir: string, name: string, text: string, voice = 'en-us'): Float32Array {
  const raw = join(dir, `${name}-raw.wav`);
  const clip = join(dir, `${name}.wav`);
  execFileSync('espeak-ng', ['-v', voice, '-s', '150', '-w', raw, text]);
  execFileSync('sox', [raw, '-r', String(RATE), '-c', '1', '-b', '16', clip]);
  const wav = new WaveFile(readFileSync(clip));
  wav.toBitDepth('32f');
  return wav.getSamples(false, Float32Array) as unknown as Float32Array;
}

/** First and last sample index whose magnitude exceeds `threshold`. */
export function audibleRange(samples: Float32Array, threshold = 0.01): [number, number] {
  let first = 0;
  let last = samples.length - 1;
  while (first < samples.length && Math.abs(samples[first]) < threshold) first++;
  while (last > first && Math.abs(samples[last]) < threshold) last--;
  return [first, last + 1];
}

export function writeWav(path: string, channels: Float32Array[], rate = RATE): void {
  const wav = new WaveFile();
  const pcm = channels.map((c) => Int16Array.from(c, (x) => Math.round(Math.max(-1, Math.min(1, x)) * 32767)));
  wav.fromScratch(channels.length, rate, '16', channels.length === 1 ? pcm[0] : pcm);
  writeFileSync(path, wav.toBuffer());
}

/**
 * Writes `call.wav` (stereo 16 kHz, left = rep, right = customer, `seconds` long) into `dir`;
 * returns its path, both channels and the measured placement of every line.
 */
export function makeStereoCall(dir: string, lines: CallLine[] = DEFAULT_LINES, seconds = 20) {
  mkdirSync(dir, { recursive: true });
  const left = new Float32Array(seconds * RATE);
  const right = new Float32Array(seconds * RATE);
  const spoken: SpokenLine[] = lines.map((line, i) => {
    const samples = speakLine(dir, `line-${i}`, line.text, VOICE[line.speaker]);
    const at = Math.round(line.at * RATE);
    (line.speaker === 'rep' ? left : right).set(samples.subarray(0, left.length - at), at);
    const [a, b] = audibleRange(samples);
    return { ...line, start: (at + a) / RATE, end: (at + b) / RATE };
  });
  const path = join(dir, 'call.wav');
  writeWav(path, [left, right]);
  return { path, left, right, lines: spoken };
}
