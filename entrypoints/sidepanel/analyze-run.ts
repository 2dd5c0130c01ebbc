/**
 * Drop-a-recording analysis and re-transcription: the live pipeline over whole files. Loaded on
 * first use (analyze-file.ts): the engine, the speech worker client and the audio decoding stay
 * out of the panel's first load.
 */
import { analyzeCall } from '../../core/analyze.ts';
import type { Segment } from '../../core/types.ts';
import { db } from '../../store/db.ts';
import { saveCall, updateCall } from '../../store/calls.ts';
import { appendAudioChunk, getCallAudio } from '../../store/audio.ts';
import { replaceMoments, replaceSegments } from '../../store/transcript.ts';
import { getSettings } from '../../store/settings.ts';
import { decodeTo16k, transcribeChannels, ASR_RATE } from './panel-asr.ts';
import { loadPlaybook } from '../offscreen/load-playbook.ts';
import { pickedCallId } from './store.ts';
import { analysis } from './analyze-file.ts';

async function finish(callId: string, segments: Segment[], duration: number, model: string): Promise<void> {
  const result = analyzeCall({ call: { id: callId }, segments, playbook: await loadPlaybook(db) });
  await replaceSegments(db, callId, result.segments);
  await replaceMoments(db, callId, result.moments);
  await updateCall(db, callId, { status: 'done', endedAt: Date.now(), duration, metrics: result.metrics, model });
}

export async function analyzeFile(file: File): Promise<void> {
  analysis.value = { progress: 0, message: `Decoding ${file.name}…` };
  try {
    const channels = await decodeTo16k(await file.arrayBuffer());
    const { model, keepAudio } = await getSettings(db);
    const callId = crypto.randomUUID();
    const duration = channels[0].length / ASR_RATE;
    await saveCall(db, { id: callId, title: file.name, platform: 'upload', status: 'recording', startedAt: Date.now(), model });
    // Kept like a live call's recording (same setting), so its moments play and it can be re-transcribed.
    if (keepAudio) await appendAudioChunk(db, callId, 0, file.slice(0, file.size, file.type || 'audio/wav'));
    pickedCallId.value = callId;
    const segments = await transcribeChannels(callId, model, channels, (p) => {
      analysis.value = { progress: p, message: `Transcribing ${file.name}… ${Math.round(p * 100)} %` };
    });
    await finish(callId, segments, duration, model);
    analysis.value = { message: `${file.name}: ${segments.length} segments analyzed.` };
  } catch (err) {
    analysis.value = { message: `Could not analyze ${file.name}: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** Re-transcribes a call from its kept audio with another (larger) model. */
export async function retranscribe(callId: string, model: string): Promise<void> {
  const blob = await getCallAudio(db, callId);
  if (!blob) {
    analysis.value = { message: 'This call has no kept audio to re-transcribe.' };
    return;
  }
  try {
    analysis.value = { progress: 0, message: 'Decoding the recording…' };
    const channels = await decodeTo16k(await blob.arrayBuffer());
    const segments = await transcribeChannels(callId, model, channels, (p) => {
      analysis.value = { progress: p, message: `Re-transcribing… ${Math.round(p * 100)} %` };
    });
    await finish(callId, segments, channels[0].length / ASR_RATE, model);
    analysis.value = { message: `Re-transcribed with ${model}.` };
  } catch (err) {
    analysis.value = { message: `Re-transcription failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}
