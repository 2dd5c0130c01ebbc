/**
 * The offscreen document: owns the recording. Survives the service worker being killed;
 * answers status questions from the panel and the background.
 */
import { listen, send, type CaptureStatus } from '../../core/meeting/capture-messages.ts';
import { db } from '../../store/db.ts';
import { startCallSession, type CallSession } from './call-session.ts';

let session: CallSession | undefined;
let starting: Promise<CaptureStatus> | undefined;

const idle = (): CaptureStatus => ({ recording: false, lagSeconds: 0, micMuted: false, micAvailable: false, playbackLevel: 0 });
const current = (): CaptureStatus => session?.status() ?? idle();

function broadcast(): void {
  const status = current();
  void send({ target: 'panel', type: 'status', status });
}

async function stopSession(): Promise<void> {
  const s = session;
  if (!s) return;
  const tabId = s.tabId;
  await s.stop();
  session = undefined;
  const status = { ...idle(), tabId, callId: s.callId };
  void send({ target: 'background', type: 'recording-changed', status });
  void send({ target: 'panel', type: 'status', status });
}

listen('offscreen', {
  start: ({ streamId, tabId, meeting }) => {
    if (session) return session.status();
    starting ??= startCallSession({ db, streamId, tabId, meeting, onChange: broadcast })
      .then((s) => {
        session = s;
        broadcast();
        return s.status();
      })
      .finally(() => {
        starting = undefined;
      });
    return starting.catch((err: unknown) => ({ error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) }));
  },
  stop: async ({ tabId }) => {
    if (!session || (tabId !== undefined && tabId !== session.tabId)) return current();
    await stopSession();
    return current();
  },
  mute: ({ muted, tabId }) => {
    if (session && (tabId === undefined || tabId === session.tabId)) session.setMuted(muted);
    return current();
  },
  'meeting-info': ({ meeting, tabId }) => {
    if (session && tabId === session.tabId) session.setMeeting(meeting);
    return current();
  },
  status: () => current(),
});

// The panel shows elapsed time, lag and playback level: refresh it once a second while recording.
setInterval(() => {
  if (session) broadcast();
}, 1000);
