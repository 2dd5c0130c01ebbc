/**
 * Drop-a-recording analysis and re-transcription, as the panel's views see them: the progress
 * signal, and the two actions, whose code (analyze-run.ts: the engine, the speech worker client)
 * is fetched when the rep first uses one.
 */
import { signal } from '@preact/signals';

export const analysis = signal<{ progress?: number; message?: string }>({});

const run = () => import('./analyze-run.ts');

export async function analyzeFile(file: File): Promise<void> {
  analysis.value = { progress: 0, message: `Decoding ${file.name}…` };
  await (await run()).analyzeFile(file);
}

/** Re-transcribes a call from its kept audio with another (larger) model. */
export async function retranscribe(callId: string, model: string): Promise<void> {
  await (await run()).retranscribe(callId, model);
}
