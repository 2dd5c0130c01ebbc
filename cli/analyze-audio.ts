/**
 * The CLI's audio branch: a WAV file (mono, or two channels: left = rep, right = customer; any
 * common sample rate, resampled to 16 kHz) through the same speech pipeline as the extension's
 * worker (Silero VAD per channel, Whisper, phantom/log-probability guards, sentiment), in Node on
 * onnxruntime-node. A mono file is the whole call mixed: it is attributed to the customer
 * (objections, sentiment), as the side panel's audio drop does.
 */
import { basename, extname, resolve } from 'node:path';
import { AudioFormatError, decodeWav, TARGET_RATE } from '../core/audio/decode-wav.ts';
import type { Transcript } from '../core/transcript-input.ts';
import type { Segment, Speaker } from '../core/types.ts';
import { createAsrApi } from '../workers/asr-api.ts';
import { nodeAsrDeps } from '../workers/node-deps.ts';

export interface AudioOptions {
  /** Whisper model folder (transformers.js layout); default: $PITCHSIDE_MODEL_DIR. */
  model?: string;
  /** Text-classification model folder that scores sentiment (default: $PITCHSIDE_SENTIMENT_MODEL_DIR; none: the lexicon). */
  sentimentModel?: string;
}

export const NO_MODEL =
  'audio input needs a Whisper model folder: pass --model DIR or set PITCHSIDE_MODEL_DIR (a transformers.js Whisper export such as onnx-community/whisper-tiny.en; `npm run models:test` makes a test one)';

export async function transcribeAudioFile(path: string, bytes: Uint8Array, opts: AudioOptions = {}): Promise<Transcript> {
  const modelDir = opts.model ?? process.env.PITCHSIDE_MODEL_DIR;
  if (!modelDir) throw new Error(NO_MODEL);
  const audio = await decodeWav(bytes).catch((err: unknown) => {
    throw err instanceof AudioFormatError ? new Error(`${path}: ${err.message}`) : err;
  });
  const callId = basename(path, extname(path));
  const api = createAsrApi(nodeAsrDeps({ sentimentModel: opts.sentimentModel }));
  const segments: Segment[] = [];
  try {
    const loaded = await api.load(resolve(modelDir));
    if (!loaded.ok) throw new Error(`model ${modelDir}: ${loaded.message} (${loaded.code})`);
    const opened = await api.openSession({ callId }, (s) => void segments.push(s));
    if (!opened.ok) throw new Error(opened.message);
    const speakers: Speaker[] = audio.channels.length === 1 ? ['customer'] : ['rep', 'customer'];
    for (let at = 0; at < audio.channels[0].length; at += TARGET_RATE) {
      for (const [i, speaker] of speakers.entries()) {
        const r = await api.pushAudio(opened.sessionId, speaker, audio.channels[i].slice(at, at + TARGET_RATE), at / TARGET_RATE);
        if (!r.ok) throw new Error(r.message);
      }
    }
    const closed = await api.closeSession(opened.sessionId);
    if (!closed.ok) throw new Error(closed.message);
  } finally {
    await api.dispose();
  }
  segments.sort((a, b) => a.start - b.start || a.speaker.localeCompare(b.speaker));
  const duration = Math.round(audio.duration * 1000) / 1000;
  return {
    call: {
      id: callId,
      title: callId,
      platform: 'upload',
      status: 'done',
      startedAt: 0,
      endedAt: Math.round(duration * 1000),
      duration,
      model: modelDir,
      updatedAt: Math.round(duration * 1000),
    },
    segments,
  };
}
