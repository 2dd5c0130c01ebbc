/**
 * WAV bytes -> 16 kHz mono Float32 channels. `wavefile` parses the RIFF structure (and decodes
 * A-law / mu-law); PCM 8/16/24/32-bit and float 32/64 samples are read here with a DataView
 * (wavefile's own per-sample conversion takes ~13 s per minute of 44.1 kHz stereo); resampling is
 * libsamplerate (WASM, `@alexanderolsen/libsamplerate-js`, sinc "fastest": 97 dB SNR, 80 % bandwidth, plenty for speech).
 * One or two channels: with two, the left is the rep (microphone) and the right the customer.
 */
import * as libsamplerate from '@alexanderolsen/libsamplerate-js';
import { WaveFile } from './wavefile.ts';

// CommonJS in Node (only a default export there), named exports in Vite bundles.
type Lib = typeof libsamplerate;
const lib: Lib = (libsamplerate as Lib & { default?: Lib }).create ? libsamplerate : (libsamplerate as unknown as { default: Lib }).default;

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

const PCM = 1;
const FLOAT = 3;
const EXTENSIBLE = 0xfffe;

/** Reads interleaved samples into one Float32Array per channel. */
function deinterleave(bytes: Uint8Array, format: number, bits: number, channels: number): Float32Array[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = bits / 8;
  const frames = Math.floor(bytes.byteLength / (width * channels));
  const out = Array.from({ length: channels }, () => new Float32Array(frames));
  const read: ((at: number) => number) | null =
    format === FLOAT && bits === 32 ? (at) => view.getFloat32(at, true)
    : format === FLOAT && bits === 64 ? (at) => view.getFloat64(at, true)
    : format === PCM && bits === 8 ? (at) => (view.getUint8(at) - 128) / 128
    : format === PCM && bits === 16 ? (at) => view.getInt16(at, true) / 32768
    : format === PCM && bits === 24 ? (at) => ((view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getInt8(at + 2) << 16)) / 8388608)
    : format === PCM && bits === 32 ? (at) => view.getInt32(at, true) / 2147483648
    : null;
  if (!read) throw new AudioFormatError(`unsupported WAV encoding (format ${format}, ${bits} bit)`);
  for (let f = 0, at = 0; f < frames; f++) {
    for (let c = 0; c < channels; c++, at += width) out[c][f] = read(at);
  }
  return out;
}

export async function resample(samples: Float32Array, from: number, to = TARGET_RATE): Promise<Float32Array> {
  if (from === to) return samples;
  const src = await lib.create(1, from, to, { converterType: lib.ConverterType.SRC_SINC_FASTEST });
  try {
    return src.simple(samples);
  } finally {
    src.destroy();
  }
}

export async function decodeWav(bytes: Uint8Array): Promise<DecodedAudio> {
  const wav = new WaveFile();
  try {
    wav.fromBuffer(bytes);
  } catch (err) {
    throw new AudioFormatError(`not a readable WAV file (${(err as Error).message})`);
  }
  // A copy: wavefile's fromALaw / fromMuLaw rebuild `fmt` (numChannels reads 0 afterwards).
  const fmt = { ...(wav.fmt as Fmt) };
  if (fmt.numChannels < 1 || fmt.numChannels > 2) {
    throw new AudioFormatError(`unsupported WAV: ${fmt.numChannels} channels (mono, or stereo left = rep, right = customer)`);
  }
  if (!(fmt.sampleRate >= 8000 && fmt.sampleRate <= 192_000)) {
    throw new AudioFormatError(`unsupported WAV sample rate ${fmt.sampleRate} Hz`);
  }
  let format = fmt.audioFormat;
  let bits = fmt.bitsPerSample;
  if (format === EXTENSIBLE) format = bits === 32 && (wav.fmt as { subformat?: number[] }).subformat?.[0] === FLOAT ? FLOAT : PCM;
  try {
    if (format === 6 || format === 7) {
      if (format === 6) wav.fromALaw();
      else wav.fromMuLaw();
      format = PCM;
      bits = 16;
    }
  } catch (err) {
    throw new AudioFormatError(`unsupported WAV encoding (format ${fmt.audioFormat}): ${(err as Error).message}`);
  }
  const data = (wav.data as { samples: Uint8Array }).samples;
  const decoded = deinterleave(data, format, bits, fmt.numChannels);
  if (decoded[0].length === 0) throw new AudioFormatError('WAV file has no audio samples');
  const channels = await Promise.all(decoded.map((c) => resample(c, fmt.sampleRate)));
  return { sourceRate: fmt.sampleRate, channels, duration: channels[0].length / TARGET_RATE };
}
