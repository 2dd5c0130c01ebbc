/**
 * The CLI's audio branch: a WAV file (mono, or two channels: left = rep, right = customer)
 * to a transcript. The speech pipeline (Silero VAD + Whisper) replaces this body; the CLI
 * only relies on the signature.
 */
import type { Transcript } from '../core/transcript-input.ts';

export async function transcribeAudioFile(path: string, _bytes: Uint8Array): Promise<Transcript> {
  throw new Error(`audio input (.wav) is not yet supported: ${path}; pass a transcript JSON instead`);
}
