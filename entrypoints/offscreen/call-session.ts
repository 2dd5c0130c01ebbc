/**
 * One recording: the capture graph feeds the speech pipeline; every finished segment is
 * written to Dexie at once, run through the live analyser, and its moments written too.
 * Nothing of value is kept only in memory: a crash loses at most the utterance in flight.
 */
import type { CaptureStatus, MeetingInfo } from '../../core/meeting/capture-messages.ts';
import type { Segment, Speaker } from '../../core/types.ts';
import { createLiveAnalyzer } from '../../core/live-analyzer.ts';
import type { PitchsideDb } from '../../store/db.ts';
import { saveCall, updateCall } from '../../store/calls.ts';
import { replaceMoments, saveMoments, saveSegment } from '../../store/transcript.ts';
import { getSettings } from '../../store/settings.ts';
import { openCaptureGraph, SAMPLE_RATE, type CaptureGraph } from './capture-graph.ts';
import { keepCallAudio, type AudioKeeper } from './keep-call-audio.ts';
import { loadPlaybook } from './load-playbook.ts';
import { createSpeechPipeline, type SpeechPipeline } from './speech-pipeline.ts';

export interface CallSession {
  readonly callId: string;
  readonly tabId: number;
  status(): CaptureStatus;
  setMuted(muted: boolean): void;
  setMeeting(meeting: MeetingInfo): void;
  stop(): Promise<void>;
}

export interface StartOptions {
  db: PitchsideDb;
  streamId: string;
  tabId: number;
  meeting: MeetingInfo;
  /** Called whenever something the panel shows changed outside Dexie (warnings, stop). */
  onChange: () => void;
}

export async function startCallSession({ db, streamId, tabId, meeting, onChange }: StartOptions): Promise<CallSession> {
  const callId = crypto.randomUUID();
  let participants = meeting.participants ?? [];
  let muted = false;
  let warning: string | undefined;
  let capturedSeconds = 0;
  let speech: SpeechPipeline | undefined = undefined; // set below, once the settings are read
  const early: [Float32Array, Float32Array, number][] = [];

  // The tab's stream id is only valid for a few seconds: open the streams before anything else.
  // Chunks that arrive before the speech pipeline exists wait in `early` (milliseconds' worth).
  const graph: CaptureGraph = await openCaptureGraph(streamId, ({ rep, customer }) => {
    if (muted) rep.fill(0); // the rep's muted microphone is never transcribed
    const offset = capturedSeconds;
    capturedSeconds += customer.length / SAMPLE_RATE;
    if (!speech) return void early.push([rep, customer, offset]);
    speech.push('rep', rep, offset);
    speech.push('customer', customer, offset);
  });
  const startedAt = Date.now();
  if (!graph.micAvailable) warning = `Microphone unavailable (${graph.micError}); recording the meeting tab only.`;

  let settings: Awaited<ReturnType<typeof getSettings>>;
  let analyzer: ReturnType<typeof createLiveAnalyzer>;
  try {
    settings = await getSettings(db);
    analyzer = createLiveAnalyzer({ callId, playbook: await loadPlaybook(db) });
  } catch (err) {
    await graph.stop();
    throw err;
  }
  // The call row first: every segment and moment write queues behind it.
  let writes: Promise<unknown> = saveCall(db, {
    id: callId, title: meeting.title || 'Untitled call', platform: meeting.platform, status: 'recording',
    startedAt, participants, model: settings.model,
  });
  const saved = writes;

  const nameFor = (speaker: Speaker) => (speaker === 'customer' && participants.length === 1 ? participants[0] : undefined);
  const onSegment = (s: Segment) => {
    const name = nameFor(s.speaker);
    const segment: Segment = name && !s.speakerName ? { ...s, speakerName: name } : s;
    // One chain: segments and moments land in Dexie in the order they were produced.
    writes = writes.then(async () => {
      await saveSegment(db, segment);
      const { moments } = analyzer.push(segment);
      if (moments.length > 0) await saveMoments(db, moments);
    }).catch((err: unknown) => {
      warning = `Could not save the transcript: ${String(err)}`;
      onChange();
    });
  };

  const pipeline = createSpeechPipeline({
    callId,
    model: settings.model,
    onSegment,
    onWarning: (w) => {
      warning = w;
      onChange();
    },
    onStateChange: onChange,
  });
  speech = pipeline;
  for (const [rep, customer, offset] of early.splice(0)) {
    pipeline.push('rep', rep, offset);
    pipeline.push('customer', customer, offset);
  }
  try {
    await saved;
  } catch (err) {
    await graph.stop();
    await pipeline.flush();
    throw err;
  }
  const keeper: AudioKeeper | undefined = settings.keepAudio ? keepCallAudio(db, callId, graph.mixed) : undefined;

  let stopping: Promise<void> | undefined;
  return {
    callId,
    tabId,
    status: () => ({
      recording: stopping === undefined,
      callId, tabId, startedAt,
      model: pipeline.model,
      backend: pipeline.backend,
      threads: pipeline.threads,
      speech: pipeline.state,
      lagSeconds: pipeline.pendingSeconds(),
      micMuted: muted,
      micAvailable: graph.micAvailable,
      playbackLevel: graph.playbackLevel(),
      warning,
    }),
    setMuted: (m) => {
      muted = m;
      onChange();
    },
    setMeeting: (m) => {
      if (m.participants?.length) participants = m.participants;
      const patch = { participants, ...(m.title ? { title: m.title } : {}) };
      writes = writes.then(() => updateCall(db, callId, patch)).catch(() => undefined);
    },
    stop: () => {
      stopping ??= (async () => {
        await graph.stop();
        await keeper?.stop();
        await pipeline.flush();
        await writes;
        // The final set: also removes live moments an out-of-order segment retracted.
        const { all, metrics } = analyzer.end();
        await replaceMoments(db, callId, all);
        await updateCall(db, callId, { status: 'done', endedAt: Date.now(), duration: capturedSeconds, metrics });
      })();
      return stopping;
    },
  };
}
