/** Zoom web client (app.zoom.us/wc/..., *.zoom.us/wc/...) markup. */
import type { MeetingPageSpec } from './meeting-page-reader.ts';

export const zoomPage: MeetingPageSpec = {
  platform: 'zoom',
  live: ['.footer__leave-btn', 'button[aria-label="Leave"]', '#wc-footer'],
  ended: ['.zm-modal-body-title', '[data-pitchside-ended]'],
  muted: ['button[aria-label="unmute my microphone" i]', '.join-audio-container__btn[aria-label^="unmute" i]'],
  unmuted: ['button[aria-label="mute my microphone" i]', '.join-audio-container__btn[aria-label^="mute" i]'],
  title: ['.meeting-info-container__topic', '.meeting-title'],
  documentTitle: /^(.+?)\s*-\s*Zoom$/,
  participants: ['.participants-item__display-name', '.video-avatar__avatar-name'],
  // Zoom marks your own row with a "(me)" / "(Host, me)" label next to the name.
  self: ['.participants-item__item-layout:has(.participants-item__name-label)'],
  // The web client app (app.zoom.us) shows the meeting in a same-origin iframe of its shell page.
  frames: ['iframe#webclient', 'iframe.pwa-webclient__iframe'],
};
