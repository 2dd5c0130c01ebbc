import { describe, expect, it } from 'vitest';
import { watchMeeting, type MeetingEvent } from '../../../core/meeting/watch-meeting.ts';
import { meetPage } from '../../../core/meeting/meet-page.ts';
import { createRecordHint } from '../../../core/meeting/record-hint.ts';
import { loadMarkup } from './load-markup.ts';

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
