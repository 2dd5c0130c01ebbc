import { describe, expect, it } from 'vitest';
import { watchMeeting, type MeetingEvent } from '../../../core/meeting/watch-meeting.ts';
import { meetPage } from '../../../core/meeting/meet-page.ts';
import { zoomPage } from '../../../core/meeting/zoom-page.ts';
import { createRecordHint } from '../../../core/meeting/record-hint.ts';
import { loadFramedMarkup, loadMarkup } from './load-markup.ts';

const settle = (ms = 80) => new Promise((r) => setTimeout(r, ms));

describe('watchMeeting', () => {
  it('reports live, mute changes and the end of the meeting, once each', async () => {
    const { document, window } = loadMarkup('meet-in-call.html');
    const events: MeetingEvent[] = [];
    const watcher = watchMeeting(document, meetPage, (e) => events.push(e), { intervalMs: 10, endGraceMs: 40 });
    expect(events.map((e) => e.type)).toEqual(['live', 'mute']);
    expect(events[0]).toMatchObject({ snapshot: { title: 'Q3 renewal with Acme', participants: ['Casey Customer'] } });

    document.querySelector('button[jsname="BOHaEe"]')!.setAttribute('data-is-muted', 'true');
    await settle();
    expect(events.slice(2)).toEqual([{ type: 'mute', muted: true }]);

    document.querySelector('[data-call-ended]')!.setAttribute('data-call-ended', 'true');
    await settle();
    expect(events.slice(3).map((e) => e.type)).toEqual(['ended']);
    watcher.stop();
    await window.happyDOM.close();
  });

  it('reads a mute click at once after a quiet spell (not an interval later)', async () => {
    const { document, window } = loadMarkup('meet-in-call.html');
    const events: MeetingEvent[] = [];
    const watcher = watchMeeting(document, meetPage, (e) => events.push(e), { intervalMs: 400, endGraceMs: 1000 });
    await settle(450);
    document.querySelector('button[jsname="BOHaEe"]')!.setAttribute('data-is-muted', 'true');
    await settle(30);
    expect(events.slice(2)).toEqual([{ type: 'mute', muted: true }]);
    // Changes right after a read wait for the interval: at most one read per interval.
    document.querySelector('button[jsname="BOHaEe"]')!.setAttribute('data-is-muted', 'false');
    await settle(30);
    expect(events.slice(3)).toEqual([]);
    await settle(450);
    expect(events.slice(3)).toEqual([{ type: 'mute', muted: false }]);
    watcher.stop();
    await window.happyDOM.close();
  });

  it('follows the meeting inside Zoom\'s iframe#webclient: live, mute, ended by host', async () => {
    const { document, frame, window } = await loadFramedMarkup('zoom-app-shell.html', 'zoom-in-meeting.html');
    const events: MeetingEvent[] = [];
    const watcher = watchMeeting(document, zoomPage, (e) => events.push(e), { intervalMs: 10, endGraceMs: 40 });
    expect(events).toEqual([
      { type: 'live', snapshot: expect.objectContaining({ title: 'Weekly pipeline review', participants: ['Jordan Buyer'] }) },
      { type: 'mute', muted: true },
    ]);
    frame.querySelector('.join-audio-container__btn')!.setAttribute('aria-label', 'mute my microphone');
    await settle();
    expect(events.slice(2)).toEqual([{ type: 'mute', muted: false }]);
    frame.querySelector('.meeting-app')!.outerHTML = '<div class="zm-modal"><div class="zm-modal-body-title">This meeting has been ended by host</div></div>';
    await settle();
    expect(events.slice(3)).toEqual([{ type: 'ended' }]);
    watcher.stop();
    await window.happyDOM.close();
  });

  it('waits out a brief flicker of the leave button before calling the meeting ended', async () => {
    const { document, window } = loadMarkup('meet-in-call.html');
    const events: MeetingEvent[] = [];
    const watcher = watchMeeting(document, meetPage, (e) => events.push(e), { intervalMs: 10, endGraceMs: 200 });
    const bar = document.querySelector('.Tmb7Fd')!;
    const root = document.querySelector('[data-call-ended]')!;
    root.removeAttribute('data-call-ended');
    const saved = bar.innerHTML;
    bar.innerHTML = '';
    await settle(50);
    bar.innerHTML = saved;
    root.setAttribute('data-call-ended', 'false');
    await settle(300);
    expect(events.some((e) => e.type === 'ended')).toBe(false);
    watcher.stop();
    await window.happyDOM.close();
  });
});

describe('record hint', () => {
  it('attaches to the page inside a closed shadow root and removes cleanly', async () => {
    const { document, window } = loadMarkup('meet-in-call.html');
    const hint = createRecordHint(document, 'Ctrl+Shift+Y');
    hint.show();
    const host = document.querySelector('pitchside-hint');
    expect(host).not.toBeNull();
    // The shadow root is closed: the page (and this test) sees only the host element.
    expect(host!.shadowRoot).toBeNull();
    hint.remove();
    expect(document.querySelector('pitchside-hint')).toBeNull();
    await window.happyDOM.close();
  });
});
