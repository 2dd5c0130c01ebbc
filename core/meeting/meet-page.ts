/** Google Meet (meet.google.com) markup, as of 2025–2026; attributes first, labels as fallback. */
import type { MeetingPageSpec } from './meeting-page-reader.ts';

export const meetPage: MeetingPageSpec = {
  platform: 'meet',
  live: ['[data-call-ended="false"]', 'button[jsname="CQylAd"]', 'button[aria-label="Leave call"]'],
  ended: ['[data-call-ended="true"]', '[data-pitchside-ended]'],
  muted: ['button[data-is-muted="true"][aria-label*="microphone" i]', 'button[aria-label^="Turn on microphone"]'],
  unmuted: ['button[data-is-muted="false"][aria-label*="microphone" i]', 'button[aria-label^="Turn off microphone"]'],
  title: ['[data-meeting-title]', 'div[jsname="NeC6gb"]'],
  documentTitle: /^Meet\s*[–-]\s*(.+)$/,
  participants: ['[data-participant-id] [data-self-name]', '[data-participant-id] .zWGUib', '[role="listitem"][aria-label]'],
  self: ['[data-participant-id][data-is-self="true"]'],
};
