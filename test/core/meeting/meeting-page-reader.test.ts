import { describe, expect, it } from 'vitest';
import { readMeetingPage } from '../../../core/meeting/meeting-page-reader.ts';
import { meetPage } from '../../../core/meeting/meet-page.ts';
import { zoomPage } from '../../../core/meeting/zoom-page.ts';
import { teamsPage } from '../../../core/meeting/teams-page.ts';
import { loadFramedMarkup, loadMarkup } from './load-markup.ts';

describe('Google Meet page', () => {
  it('reads a live call: title, unmuted mic, the other participant only', () => {
    const { document } = loadMarkup('meet-in-call.html');
    expect(readMeetingPage(document, meetPage)).toEqual({
      platform: 'meet', live: true, ended: false, muted: false, title: 'Q3 renewal with Acme', participants: ['Casey Customer'],
    });
  });

  it('sees the mute button flip', () => {
    const { document } = loadMarkup('meet-in-call.html');
    const mic = document.querySelector('button[jsname="BOHaEe"]')!;
    mic.setAttribute('data-is-muted', 'true');
    mic.setAttribute('aria-label', 'Turn on microphone (ctrl + d)');
    expect(readMeetingPage(document, meetPage).muted).toBe(true);
  });

  it('knows the call ended on the "you left" screen', () => {
    const { document } = loadMarkup('meet-left.html');
    expect(readMeetingPage(document, meetPage)).toMatchObject({ live: false, ended: true, participants: [] });
  });

  it('falls back to the tab title when the title element is gone', () => {
    const { document } = loadMarkup('meet-in-call.html');
    document.querySelector('[data-meeting-title]')!.remove();
    expect(readMeetingPage(document, meetPage).title).toBe('Q3 renewal with Acme');
  });

  it('degrades to "unknown" on markup it does not know', () => {
    const { document } = loadMarkup('teams-lobby.html');
    expect(readMeetingPage(document, meetPage)).toEqual({
      platform: 'meet', live: false, ended: false, muted: undefined, title: undefined, participants: [],
    });
  });
});

describe('Zoom web client page', () => {
  it('reads a live meeting with a muted mic and skips the rep own row', () => {
    const { document } = loadMarkup('zoom-in-meeting.html');
    expect(readMeetingPage(document, zoomPage)).toEqual({
      platform: 'zoom', live: true, ended: false, muted: true, title: 'Weekly pipeline review', participants: ['Jordan Buyer'],
    });
  });

  it('knows the host ended the meeting', () => {
    const { document } = loadMarkup('zoom-ended.html');
    expect(readMeetingPage(document, zoomPage)).toMatchObject({ live: false, ended: true });
  });

  it('reads the meeting inside the web client app\'s iframe#webclient (app.zoom.us)', async () => {
    const { document, frame, window } = await loadFramedMarkup('zoom-app-shell.html', 'zoom-in-meeting.html');
    expect(readMeetingPage(document, zoomPage)).toEqual({
      platform: 'zoom', live: true, ended: false, muted: true, title: 'Weekly pipeline review', participants: ['Jordan Buyer'],
    });
    frame.querySelector('.footer__leave-btn')!.closest('.meeting-app')!.outerHTML = '<div class="zm-modal"><div class="zm-modal-body-title">This meeting has been ended by host</div></div>';
    expect(readMeetingPage(document, zoomPage)).toMatchObject({ live: false, ended: true });
    await window.happyDOM.close();
  });

  it('is not live on the app shell before the meeting frame has loaded', () => {
    const { document } = loadMarkup('zoom-app-shell.html');
    expect(readMeetingPage(document, zoomPage)).toMatchObject({ live: false, ended: false, muted: undefined, participants: [] });
  });
});

describe('Microsoft Teams web page', () => {
  it('reads a live call with two remote participants', () => {
    const { document } = loadMarkup('teams-in-call.html');
    expect(readMeetingPage(document, teamsPage)).toEqual({
      platform: 'teams', live: true, ended: false, muted: false, title: 'Northwind onboarding', participants: ['Morgan Lee', 'Sam Patel'],
    });
  });

  it('takes the title from the tab title when the page shows none', () => {
    const { document } = loadMarkup('teams-in-call.html');
    document.querySelector('[data-tid="call-title"]')!.remove();
    expect(readMeetingPage(document, teamsPage).title).toBe('Northwind Traders');
  });

  it('knows the rep left the call (call-ended screen)', () => {
    const { document } = loadMarkup('teams-call-ended.html');
    expect(readMeetingPage(document, teamsPage)).toMatchObject({ live: false, ended: true, participants: [] });
  });

  it('is not live in the chat view before joining', () => {
    const { document } = loadMarkup('teams-lobby.html');
    expect(readMeetingPage(document, teamsPage)).toMatchObject({ live: false, ended: false, muted: undefined });
  });
});
