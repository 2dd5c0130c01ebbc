/**
 * WAV bytes -> 16 kHz mono Float32 channels, with the `wavefile` package (PCM 8/16/24/32-bit,
 * float 32/64, A-law/mu-law; any common sample rate). One or two channels: with two, the left is
 * the rep (microphone) and the right the customer (DESIGN.md, Command line).
 */
import { WaveFile } from 'wavefile';

export const TARGET_RATE = 16_000;

export interface DecodedAudio {
  /** Sample rate of the file as stored. */
  sourceRate: number;
  /** One Float32Array per channel at TARGET_RATE, samples in [-1, 1]. */
  channels: Float32Array[];
  /** Seconds. */
  duration: number;
}

/** A file we cannot read: the message is one line, fit for the CLI. */
export class AudioFormatError extends Error {
  override name = 'AudioFormatError';
}

interface Fmt {
  audioFormat: number;
  numChannels: number;
  sampleRate: number;
  bitsPerSample: number;
}

export function decodeWav(bytes: Uint8Array): DecodedAudio {
  const wav = new WaveFile();
  try {
    wav.fromBuffer(bytes);
  } catch (err) {
    throw new AudioFormatError(`not a readable WAV file (${(err as Error).message})`);
  }
  const fmt = wav.fmt as Fmt;
  if (fmt.numChannels < 1 || fmt.numChannels > 2) {
    throw new AudioFormatError(`unsupported WAV: ${fmt.numChannels} channels (mono, or stereo left = rep, right = customer)`);
  }
  if (!(fmt.sampleRate >= 8000 && fmt.sampleRate <= 192_000)) {
    throw new AudioFormatError(`unsupported WAV sample rate ${fmt.sampleRate} Hz`);
  }
  try {
    if (fmt.audioFormat === 6) wav.fromALaw();
    else if (fmt.audioFormat === 7) wav.fromMuLaw();
    wav.toBitDepth('32f');
    if (fmt.sampleRate !== TARGET_RATE) wav.toSampleRate(TARGET_RATE, { method: 'sinc' });
  } catch (err) {
    throw new AudioFormatError(`unsupported WAV encoding (format ${fmt.audioFormat}, ${fmt.bitsPerSample} bit): ${(err as Error).message}`);
  }
  const raw = wav.getSamples(false, Float32Array) as unknown as Float32Array | Float32Array[];
  const channels = fmt.numChannels === 1 ? [raw as Float32Array] : (raw as Float32Array[]);
  const length = channels[0]?.length ?? 0;
  if (length === 0) throw new AudioFormatError('WAV file has no audio samples');
  return { sourceRate: fmt.sampleRate, channels, duration: length / TARGET_RATE };
}
