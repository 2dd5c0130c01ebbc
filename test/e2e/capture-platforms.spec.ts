/**
 * Zoom web and Teams web end to end, and a mute in the middle of a call, in Debian Chromium with
 * the BUILT extension, driven like capture.spec.ts drives Meet: one local HTTPS server answers for
 * us02web.zoom.us, teams.microsoft.com and teams.live.com (--host-resolver-rules), with pages whose
 * markup mirrors the saved pages of the unit tests (test/core/meeting/markup/); the extension's
 * real keyboard shortcut (xdotool on Xvfb) grants tab capture; the fake microphone plays the rep
 * (one line said at 2, 12 and 22 s of every recording); the page plays the customer; the speech
 * model is the generated test Whisper. One browser launch and one model install for all.
 *
 * Asserted, as a rep would check it: the record hint shows on the meeting page (and hides while
 * recording); the call gets the platform, the meeting title and the participants (one joining
 * mid-call too); segments arrive; clicking the page's own mute button mutes the rep's
 * transcription for that stretch and the panel says so, unmuting resumes it; the host ending the
 * meeting, the rep leaving it, or the tab closing ends the recording (post-call view).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { LaunchedExtension } from '../harness/launch-extension.ts';
import { teamsMeetingHtml, zoomAppShellHtml, zoomMeetingHtml } from '../harness/meeting-page.ts';
import type { CaptureStatus, MeetingInfo } from '../../core/meeting/capture-messages.ts';
import {
  badgeText, installTestModel, launchForCall, offscreenStatus, openPanel, panelSegments, recordHintShown, repeatedRepLine, startFakeCall,
  storedCall, storedMeetings, testModelDir, type FakeCall,
} from './capture-helpers.ts';

/** Zoom's web client app: the meeting UI in a same-origin iframe#webclient of the app.zoom.us shell. */
const ZOOM = { url: 'https://app.zoom.us/wc/84512345678/join?fromPWA=1', frame: '/wc/84512345678/meeting', title: 'Weekly pipeline review', participants: ['Jordan Buyer'] };
/** The web client without the app shell: the meeting UI in the page itself. */
const ZOOM_PLAIN = { url: 'https://us02web.zoom.us/wc/85598765432/join', title: 'Pricing follow-up', participants: ['Kim Lopez'] };
const TEAMS = { url: 'https://teams.microsoft.com/v2/?meetingjoin=true', title: 'Northwind onboarding', participants: ['Morgan Lee', 'Sam Patel'] };
const TEAMS_LIVE = { url: 'https://teams.live.com/meet/9381234567890', title: 'Contoso pilot', participants: ['Dana Reyes'] };
const hostOf = (url: string) => new URL(url).hostname;

let ext: LaunchedExtension;
let call: FakeCall;
let panel: Page;
let rep: ReturnType<typeof repeatedRepLine>;
const t0 = Date.now();
const step = (what: string) => console.log(`[platforms ${((Date.now() - t0) / 1000).toFixed(1)} s] ${what}`);

beforeAll(async () => {
  call = await startFakeCall(24, testModelDir(), {
    [hostOf(ZOOM.url)]: zoomAppShellHtml(ZOOM.frame),
    [hostOf(ZOOM.url) + ZOOM.frame]: zoomMeetingHtml(ZOOM),
    [hostOf(ZOOM_PLAIN.url)]: zoomMeetingHtml(ZOOM_PLAIN),
    [hostOf(TEAMS.url)]: teamsMeetingHtml(TEAMS),
    [hostOf(TEAMS_LIVE.url)]: teamsMeetingHtml({ ...TEAMS_LIVE, titleInPage: false }),
  });
  rep = repeatedRepLine(call.audio);
  const port = call.meeting.port;
  ext = await launchForCall(call, {
    micWav: rep.wav,
    hosts: Object.fromEntries(['meet.google.com', ...[ZOOM, ZOOM_PLAIN, TEAMS, TEAMS_LIVE].map((m) => hostOf(m.url))].map((h) => [h, port])),
  });
  panel = await openPanel(ext);
  step('browser up');
  await installTestModel(panel, testModelDir());
  step('model installed');
}, 180_000);

afterAll(async () => {
  await ext?.close();
  await call?.meeting.close();
});

/** Opens the meeting page: its content script shows the hint and reports the meeting to the background. */
async function joinMeeting(url: string, meeting: MeetingInfo): Promise<Page> {
  const tab = await ext.context.newPage();
  await tab.goto(url);
  await tab.bringToFront();
  await expect.poll(() => recordHintShown(tab), { timeout: 20_000, interval: 250 }).toBe(true);
  await expect.poll(() => storedMeetings(panel), { timeout: 20_000, interval: 250 }).toContainEqual(meeting);
  return tab;
}

/** The rep presses the shortcut on the meeting tab; resolves once the recorder runs. */
async function record(tab: Page): Promise<CaptureStatus> {
  await tab.bringToFront();
  await ext.pressShortcut();
  await expect.poll(async () => (await offscreenStatus(panel))?.recording, { timeout: 30_000, interval: 250 }).toBe(true);
  const status = (await offscreenStatus(panel))!;
  expect(status.micAvailable).toBe(true);
  return status;
}

const recording = async () => (await offscreenStatus(panel))?.recording;
const micMuted = async () => (await offscreenStatus(panel))?.micMuted;
/** Seconds into the recording (the recorder's clock: its segments' start times count from there too). */
const callSeconds = (st: CaptureStatus) => (Date.now() - st.startedAt!) / 1000;
const untilCallSecond = (st: CaptureStatus, s: number) => new Promise((r) => setTimeout(r, Math.max(0, st.startedAt! + s * 1000 - Date.now())));
const playCustomer = (tab: Page | Frame, from = 0) => tab.evaluate((from) => {
  const audio = document.getElementById('customer') as HTMLAudioElement;
  audio.currentTime = from;
  return audio.play();
}, from);
/** What other people in the meeting do (the fake page's hooks). */
type FakeMeeting = { join(name: string): void; endByHost(): void };
const others = (tab: Page | Frame) => ({
  join: (name: string) => tab.evaluate((name) => (window as unknown as { fakeMeeting: FakeMeeting }).fakeMeeting.join(name), name),
  endByHost: () => tab.evaluate(() => (window as unknown as { fakeMeeting: FakeMeeting }).fakeMeeting.endByHost()),
});
const subtitle = () => panel.locator('.ps-meta:not(.ps-engine)').textContent();
const title = () => panel.locator('.ps-title').textContent();

/** The recording ended by itself: idle badge, post-call view. */
async function expectStopped(): Promise<void> {
  await expect.poll(recording, { timeout: 30_000, interval: 250 }).toBe(false);
  await expect.poll(() => badgeText(ext), { timeout: 10_000 }).toBe('');
  await panel.locator('.ps-summary').waitFor({ timeout: 20_000 });
}

describe('Zoom web and Teams web (real Chromium, real content scripts on the real host names)', () => {
  it('Zoom: hint, title and participant; a muted stretch is not transcribed, unmuting resumes; stops when the host ends the meeting', async () => {
    const zoom = await joinMeeting(ZOOM.url, { platform: 'zoom', title: ZOOM.title, participants: ZOOM.participants });
    const ui = (await (await zoom.locator('iframe#webclient').elementHandle())!.contentFrame())!;
    step('zoom: hint shown, meeting reported');
    const st = await record(zoom);
    const callId = st.callId!;
    expect(st.micMuted).toBe(false);
    await expect.poll(() => recordHintShown(zoom), { timeout: 10_000, interval: 250 }).toBe(false);
    await expect.poll(title).toBe(ZOOM.title);
    await expect.poll(subtitle).toBe('with Jordan Buyer · Zoom');

    // The rep speaks at 2, 12 and 22 s; the customer from ~11 s (while the rep is muted).
    await untilCallSecond(st, 3);
    await playCustomer(ui);
    // Mute between the rep's first and second lines, unmute between the second and third: the
    // rep clicks Zoom's own microphone button.
    await untilCallSecond(st, 7);
    await ui.getByRole('button', { name: 'mute my microphone', exact: true }).click();
    const muteClicked = callSeconds(st);
    await expect.poll(micMuted, { timeout: 5_000, interval: 100 }).toBe(true);
    const mutedAt = callSeconds(st);
    await panel.getByText('mic muted (not transcribed)').waitFor({ timeout: 5_000 });
    step(`zoom: mute clicked at ${muteClicked.toFixed(1)} s, muted at ${mutedAt.toFixed(1)} s`);
    await untilCallSecond(st, 17.5);
    await ui.getByRole('button', { name: 'unmute my microphone', exact: true }).click();
    const unmuteClicked = callSeconds(st);
    await expect.poll(micMuted, { timeout: 5_000, interval: 100 }).toBe(false);
    const unmutedAt = callSeconds(st);
    await panel.getByText('mic muted (not transcribed)').waitFor({ state: 'detached', timeout: 5_000 });
    step(`zoom: unmute clicked at ${unmuteClicked.toFixed(1)} s, unmuted at ${unmutedAt.toFixed(1)} s`);
    // The muted stretch covered the rep's whole second line (else this run would prove nothing).
    expect(mutedAt).toBeLessThan(rep.starts[1]);
    expect(unmutedAt).toBeGreaterThan(rep.starts[1] + rep.lineSeconds);
    expect(unmutedAt).toBeLessThan(rep.starts[2]);

    // The rep's third line (after unmuting) is transcribed, and the customer's line. The rep's
    // channel is transcribed in order: a line said while muted would be in by then.
    await expect.poll(async () => {
      const segments = await panelSegments(panel);
      return segments.some((s) => s.speaker === 'rep' && s.start > unmutedAt) && segments.some((s) => s.speaker === 'customer');
    }, { timeout: 90_000, interval: 500 }).toBe(true);
    const segments = await panelSegments(panel);
    step(`zoom: ${segments.map((s) => `${s.speaker}@${s.start.toFixed(1)}`).join(' ')}`);
    const repStarts = segments.filter((s) => s.speaker === 'rep').map((s) => s.start);
    expect(repStarts.filter((t) => t < mutedAt).length).toBeGreaterThan(0);
    expect(repStarts.filter((t) => t >= mutedAt && t <= unmutedAt)).toEqual([]);
    // The customer is still transcribed while the rep is muted, under the Zoom participant's name.
    const customer = segments.filter((s) => s.speaker === 'customer');
    expect(customer.some((s) => s.start > mutedAt && s.start < unmutedAt)).toBe(true);
    expect(customer.every((s) => s.name === 'Jordan Buyer')).toBe(true);

    await others(ui).endByHost();
    await expectStopped();
    step('zoom: stopped when the host ended the meeting');
    expect(await title()).toBe(ZOOM.title);
    expect(await subtitle()).toContain('with Jordan Buyer · Zoom');
    expect(await storedCall(panel, callId)).toMatchObject({ platform: 'zoom', title: ZOOM.title, participants: ZOOM.participants, status: 'done' });
    expect(await panelSegments(panel)).toEqual(segments);
    expect(await recordHintShown(zoom)).toBe(false); // the meeting is over: nothing to record
    await zoom.close();
  }, 150_000);

  it('Zoom without the app shell (us02web.zoom.us): hint, title and participant', async () => {
    const tab = await joinMeeting(ZOOM_PLAIN.url, { platform: 'zoom', title: ZOOM_PLAIN.title, participants: ZOOM_PLAIN.participants });
    await tab.close();
  }, 30_000);

  it('Teams (teams.microsoft.com): hint, title and participants, someone joining, mute and unmute; stops when the rep leaves', async () => {
    const teams = await joinMeeting(TEAMS.url, { platform: 'teams', title: TEAMS.title, participants: TEAMS.participants });
    step('teams: hint shown, meeting reported');
    const st = await record(teams);
    const callId = st.callId!;
    await expect.poll(() => recordHintShown(teams), { timeout: 10_000, interval: 250 }).toBe(false);
    await expect.poll(title).toBe(TEAMS.title);
    await expect.poll(subtitle).toBe('Microsoft Teams'); // two people besides the rep: no "with …"
    await playCustomer(teams, 6); // the customer's line from ~2 s

    await expect.poll(async () => new Set((await panelSegments(panel)).map((s) => s.speaker)).size, { timeout: 90_000, interval: 500 }).toBe(2);
    step('teams: both speakers transcribed');

    await others(teams).join('Alex Kim');
    await expect.poll(async () => (await storedCall(panel, callId))?.participants, { timeout: 10_000, interval: 250 })
      .toEqual([...TEAMS.participants, 'Alex Kim']);

    await teams.getByRole('button', { name: 'Mute (Ctrl+Shift+M)' }).click();
    await expect.poll(micMuted, { timeout: 5_000, interval: 100 }).toBe(true);
    await panel.getByText('mic muted (not transcribed)').waitFor({ timeout: 5_000 });
    await teams.getByRole('button', { name: 'Unmute (Ctrl+Shift+M)' }).click();
    await expect.poll(micMuted, { timeout: 5_000, interval: 100 }).toBe(false);
    await panel.getByText('mic muted (not transcribed)').waitFor({ state: 'detached', timeout: 5_000 });
    step('teams: muted and unmuted');

    await teams.getByRole('button', { name: 'Leave (Ctrl+Shift+H)' }).click();
    await expectStopped();
    step('teams: stopped when the rep left');
    expect(await title()).toBe(TEAMS.title);
    expect(await subtitle()).toContain('Microsoft Teams');
    expect(await storedCall(panel, callId)).toMatchObject({ platform: 'teams', status: 'done' });
    expect(await recordHintShown(teams)).toBe(false);
    // The rep finds the call in History by the name of someone who joined late.
    await panel.getByRole('button', { name: 'History', exact: true }).click();
    await panel.getByRole('searchbox').fill('Alex Kim');
    await expect.poll(() => panel.locator('.ps-call-item').allTextContents()).toEqual([expect.stringContaining(TEAMS.title)]);
    await panel.getByRole('searchbox').fill('');
    await panel.getByRole('button', { name: 'Call', exact: true }).click();
    await teams.close();
  }, 120_000);

  it('Teams (teams.live.com): title from the tab title; closing the tab ends the recording', async () => {
    const tab = await joinMeeting(TEAMS_LIVE.url, { platform: 'teams', title: TEAMS_LIVE.title, participants: TEAMS_LIVE.participants });
    const st = await record(tab);
    await expect.poll(title).toBe(TEAMS_LIVE.title);
    await expect.poll(subtitle).toBe('with Dana Reyes · Microsoft Teams');
    await tab.close();
    await expectStopped();
    step('teams.live.com: stopped when the tab closed');
    expect(await title()).toBe(TEAMS_LIVE.title);
    expect(await storedCall(panel, st.callId!)).toMatchObject({ platform: 'teams', title: TEAMS_LIVE.title, participants: TEAMS_LIVE.participants, status: 'done' });
  }, 60_000);
});
