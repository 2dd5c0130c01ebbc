/**
 * The offscreen document's audio graph: the tab stream (customer) and the microphone (rep)
 * into one 16 kHz AudioContext and the capture worklet; the tab's audio is played back to
 * the speakers through a second, full-rate context (capturing a tab mutes it otherwise),
 * with a meter on that path so we can tell the rep (and tests) that playback works.
 */
import workletUrl from './capture-worklet.ts?worker&url';

export interface CaptureChunk {
  rep: Float32Array;
  customer: Float32Array;
}

export interface CaptureGraph {
  readonly micAvailable: boolean;
  readonly micError?: string;
  /** The call as stereo, left = rep, right = customer, for keeping a compressed copy. */
  readonly mixed: MediaStream;
  /** RMS of the tab audio going to the speakers, 0..1. */
  playbackLevel(): number;
  stop(): Promise<void>;
}

export const SAMPLE_RATE = 16_000;

async function openTab(streamId: string): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({
    audio: { mandatory: { chromeMediaSource: 'tab', chromeMediaSourceId: streamId } } as unknown as MediaTrackConstraints,
    video: false,
  });
}

async function openMic(): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({
    audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false, channelCount: 1 },
  });
}

export async function openCaptureGraph(streamId: string, onChunk: (chunk: CaptureChunk) => void): Promise<CaptureGraph> {
  const tab = await openTab(streamId);
  let mic: MediaStream | undefined;
  let micError: string | undefined;
  try {
    mic = await openMic();
  } catch (err) {
    micError = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  }

  const playback = new AudioContext();
  const playSource = playback.createMediaStreamSource(tab);
  const meter = playback.createAnalyser();
  meter.fftSize = 2048;
  playSource.connect(meter).connect(playback.destination);
  const meterBuf = new Float32Array(meter.fftSize);

  const ctx = new AudioContext({ sampleRate: SAMPLE_RATE });
  await ctx.audioWorklet.addModule(workletUrl);
  const node = new AudioWorkletNode(ctx, 'pitchside-capture', { numberOfInputs: 2, numberOfOutputs: 1, outputChannelCount: [1] });
  node.port.onmessage = (e: MessageEvent<CaptureChunk>) => onChunk(e.data);
  const silent = ctx.createGain();
  silent.gain.value = 0;
  node.connect(silent).connect(ctx.destination);

  // Stereo keeps the speakers apart, so a kept recording can be re-transcribed per speaker.
  const mixed = ctx.createMediaStreamDestination();
  const merger = ctx.createChannelMerger(2);
  merger.connect(mixed);
  const tabSource = ctx.createMediaStreamSource(tab);
  tabSource.connect(node, 0, 1);
  tabSource.connect(merger, 0, 1);
  if (mic) {
    const micSource = ctx.createMediaStreamSource(mic);
    micSource.connect(node, 0, 0);
    micSource.connect(merger, 0, 0);
  }
  await Promise.all([ctx.resume(), playback.resume()]);

  return {
    micAvailable: mic !== undefined,
    micError,
    mixed: mixed.stream,
    playbackLevel() {
      meter.getFloatTimeDomainData(meterBuf);
      let sum = 0;
      for (const v of meterBuf) sum += v * v;
      return Math.sqrt(sum / meterBuf.length);
    },
    async stop() {
      node.port.onmessage = null;
      for (const s of [tab, mic]) s?.getTracks().forEach((t) => t.stop());
      await Promise.all([ctx.close(), playback.close()]);
    },
  };
}
