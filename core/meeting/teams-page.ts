/** Microsoft Teams web (teams.microsoft.com, teams.cloud.microsoft, teams.live.com) markup. */
import type { MeetingPageSpec } from './meeting-page-reader.ts';

export const teamsPage: MeetingPageSpec = {
  platform: 'teams',
  live: ['#hangup-button', 'button[data-tid="hangup-main-btn"]', 'button[data-tid="call-hangup"]'],
  ended: ['[data-tid="call-ended-screen"]', '[data-tid="post-call-screen"]', '[data-pitchside-ended]'],
  muted: ['#microphone-button[data-state="mic-off"]', 'button[data-tid="toggle-mute"][aria-label^="Unmute"]'],
  unmuted: ['#microphone-button[data-state="mic"]', 'button[data-tid="toggle-mute"][aria-label^="Mute"]'],
  title: ['[data-tid="call-title"]', '[data-tid="meeting-title"]'],
  documentTitle: /^(?:\(\d+\)\s*)?(?:Meeting|Call) (?:with|in) (.+?)\s*\|\s*Microsoft Teams$/,
  participants: ['[data-tid^="participantsInCall-"] [data-tid="roster-participant-name"]', '[data-cid="roster-participant"] span[title]'],
  self: ['[data-tid="roster-participant-self"]'],
};
