/**
 * The side panel after (or without) a call, end to end in HEADLESS Debian Chromium with the built
 * extension: no tab capture is needed, so the panel page (chrome-extension://ID/sidepanel.html)
 * is opened in a tab. The speech model is the generated test Whisper (always says "Honestly the
 * price is too high for our budget this year."), installed through the extension's model store
 * (installModel; the files come from the fake meeting server, mapped to meet.google.com).
 *
 * Each test analyzes its own two-channel espeak-ng recording (left = rep, right = customer),
 * dropped or picked in the Call tab, and then checks one feature against what the panel shows,
 * what it downloads, what it plays and what IndexedDB holds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type LaunchedExtension } from '../harness/launch-extension.ts';
import { startMeetingPage, type MeetingPageServer } from '../harness/meeting-page.ts';
import { installModel, installTestModel, modelFiles, openPanel, panelSegments, storeModelFiles, testModelDir } from './capture-helpers.ts';
import { makeCallAudio } from './make-call-audio.ts';
import { callIdByTitle, dropFile, idbCounts, idbCall } from './sidepanel-helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const LINE = 'Honestly the price is too high for our budget this year.';

let ext: LaunchedExtension;
let server: MeetingPageServer;
let panel: Page;
let stereo: Buffer;

/** Analyzes the stereo call as `name` by picking it in the file input; resolves when it is done. */
async function analyze(name: string, how: 'pick' | 'drop' = 'pick'): Promise<string> {
  await panel.getByRole('button', { name: 'Call', exact: true }).click();
  const details = panel.locator('details', { has: panel.locator('summary', { hasText: 'Analyze a recording' }) });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  if (how === 'drop') await dropFile(panel, '.ps-drop', name, stereo);
  else await panel.locator('.ps-drop input[type=file]').setInputFiles({ name, mimeType: 'audio/wav', buffer: stereo });
  await panel.getByRole('status').filter({ hasText: `${name}: ` }).waitFor({ timeout: 150_000 }).catch(async (err: Error) => {
    throw new Error(`${err.message}\nThe panel shows: ${await panel.locator('.ps-app').innerText()}`);
  });
  await expect(panel.getByRole('status').filter({ hasText: `${name}: ` }).textContent()).resolves.toMatch(/\d+ segments analyzed/);
  return callIdByTitle(panel, name);
}

let shared: Promise<string> | undefined;
/** One analyzed call for the tests that only read it (export, notes, play): whichever runs first makes it. */
function sharedCall(): Promise<string> {
  shared ??= analyze('shared-call.wav');
  return shared;
}

/** Opens a call from the History tab. */
async function openFromHistory(title: string): Promise<void> {
  await panel.getByRole('button', { name: 'History', exact: true }).click();
  await panel.locator('.ps-call-item', { hasText: title }).click();
  await panel.locator('.ps-segment').first().waitFor();
}

const sentimentModelDir = () => inject('models').sentiment;

beforeAll(async () => {
  const audio = makeCallAudio(join(ROOT, '.cache/e2e-call-audio-24s'), 24);
  const wav = join(ROOT, '.cache/e2e-call-audio-24s/stereo.wav');
  if (!existsSync(wav)) execFileSync('sox', ['-M', audio.rep, audio.customer, wav]); // left = rep, right = customer
  stereo = readFileSync(wav);
  const modelDir = testModelDir();
  server = await startMeetingPage({
    customerWav: audio.customer,
    files: {
      ...Object.fromEntries(modelFiles(modelDir).map((p) => [`/test-model/${p}`, join(modelDir, p)])),
      ...Object.fromEntries(modelFiles(sentimentModelDir()).map((p) => [`/sentiment-model/${p}`, join(sentimentModelDir(), p)])),
    },
  });
  ext = await launchExtension({ headless: true, hosts: { 'meet.google.com': server.port } });
  panel = await openPanel(ext);
  await installTestModel(panel, modelDir);
}, 120_000);

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

// Generous: an analysis takes seconds alone, minutes on a machine shared with other test runs.
describe('side panel (headless Chromium, the built extension, real IndexedDB and speech worker)', { timeout: 240_000 }, () => {
  it('analyzes a dropped two-channel recording: progress moves, both speakers, a price moment with its card, in History', async () => {
    // Every value the progress bar takes while the analysis runs.
    await panel.evaluate(() => {
      const seen: number[] = ((window as unknown as { progressSeen: number[] }).progressSeen = []);
      setInterval(() => {
        const bar = document.querySelector<HTMLProgressElement>('progress[aria-label="Analysis progress"]');
        if (bar && seen.at(-1) !== bar.value) seen.push(bar.value);
      }, 10);
    });
    const callId = await analyze('acme-drop.wav', 'drop');
    const seen = await panel.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
    expect(seen.filter((v) => v > 0 && v < 1).length).toBeGreaterThanOrEqual(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));

    await expect.poll(async () => (await panelSegments(panel)).length).toBeGreaterThanOrEqual(3);
    const rows = await panelSegments(panel);
    // The rep speaks at 1 s and 16 s (left channel), the customer at 8 s (right channel).
    const runs = rows.map((r) => r.speaker).filter((sp, i, all) => sp !== all[i - 1]);
    expect(runs).toEqual(['rep', 'customer', 'rep']);
    expect(rows.every((r) => r.text.includes('price is too high'))).toBe(true);
    const customerStart = rows.find((r) => r.speaker === 'customer')!.start;
    expect(customerStart).toBeGreaterThan(6);
    expect(customerStart).toBeLessThan(10);

    const price = panel.locator('.ps-moment-row', { hasText: 'Price objection' });
    await price.first().locator('.ps-moment-row-head').click();
    // The customer's line (8 s), with the playbook's tip and the play button.
    await expect(price.first().locator('.ps-moment-row-head time').textContent()).resolves.toBe('0:08');
    await expect(price.first().locator('.ps-moment-row-text').textContent()).resolves.toContain('price is too high');
    const body = price.first().locator('.ps-moment-row-body');
    await expect(body.textContent()).resolves.toMatch(/Tip: \S+/);
    await expect(body.getByRole('button', { name: 'Play this moment' }).count()).resolves.toBe(1);
    expect((await idbCall(panel, callId))?.status).toBe('done');

    await panel.getByRole('button', { name: 'History', exact: true }).click();
    await expect(panel.locator('.ps-call-item', { hasText: 'acme-drop.wav' }).count()).resolves.toBe(1);
  });

  it('exports Markdown, SRT, WebVTT and JSON downloads with the transcript lines and moments', async () => {
    await sharedCall();
    await openFromHistory('shared-call.wav');
    const rows = await panelSegments(panel);
    const files: Record<string, string> = {};
    for (const [label, ext_] of [['Markdown', 'md'], ['SRT', 'srt'], ['WebVTT', 'vtt'], ['JSON', 'json']]) {
      const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: `Export ${label}` }).click()]);
      expect(download.suggestedFilename()).toBe(`shared-callwav.${ext_}`);
      files[ext_] = readFileSync(await download.path(), 'utf8');
    }
    const lines = (text: string) => text.split('\n').filter((l) => l.includes('price is too high')).length;
    expect(files.md).toMatch(/\*\*0:08\*\* Objection: price · warning · Customer: “Honestly the price is too high/);
    expect(lines(files.md)).toBeGreaterThanOrEqual(rows.length);
    expect(files.srt).toMatch(/^1\r?\n\d\d:\d\d:\d\d,\d\d\d --> \d\d:\d\d:\d\d,\d\d\d/);
    expect(lines(files.srt)).toBe(rows.length);
    expect(files.vtt).toMatch(/^WEBVTT/);
    expect(files.vtt).toMatch(/\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}\n<v Customer>Honestly the price is too high/);
    expect(lines(files.vtt)).toBe(rows.length);
    const json = JSON.parse(files.json) as { segments: { speaker: string; start: number; text: string }[]; moments: { kind: string }[] };
    // The panel's rows carry times to the hundredth.
    expect(json.segments.map((s) => [s.speaker, Math.round(s.start * 100) / 100])).toEqual(rows.map((r) => [r.speaker, r.start]));
    expect(json.segments.every((s) => s.text.trim() === LINE)).toBe(true);
    expect(json.moments.map((m) => m.kind)).toContain('objection.price');
  });

  it('finds a call by transcript words, not by unrelated words; delete removes call, segments, moments and audio', async () => {
    const callId = await analyze('search-check.wav');
    await panel.getByRole('button', { name: 'History', exact: true }).click();
    const box = panel.getByRole('searchbox', { name: 'Search calls' });
    const item = panel.locator('.ps-call-item', { hasText: 'search-check.wav' });
    await box.fill('too high BUDGET');
    await expect.poll(() => item.count()).toBe(1);
    await box.fill('giraffe budget');
    await expect.poll(() => item.count()).toBe(0);
    await expect(panel.getByText('No call matches.').count()).resolves.toBe(1);
    await box.fill('');

    const before = await idbCounts(panel, callId);
    expect(before).toMatchObject({ calls: 1, audio: 1 });
    expect(before.segments).toBeGreaterThanOrEqual(3);
    expect(before.moments).toBeGreaterThanOrEqual(1);
    await openFromHistory('search-check.wav');
    await panel.getByRole('button', { name: 'Delete call' }).click();
    await panel.getByRole('button', { name: 'Delete for good' }).click();
    await expect.poll(() => idbCounts(panel, callId)).toEqual({ calls: 0, segments: 0, moments: 0, audio: 0 });
    await panel.getByRole('button', { name: 'History', exact: true }).click();
    await expect.poll(() => item.count()).toBe(0);
  });

  it('keeps notes on a call across a reload', async () => {
    const callId = await sharedCall();
    await openFromHistory('shared-call.wav');
    const notes = panel.getByRole('textbox', { name: 'Notes' });
    await notes.fill('Send the annual-plan quote to Casey by Friday.');
    await notes.blur();
    await expect.poll(async () => (await idbCall(panel, callId))?.notes).toBe('Send the annual-plan quote to Casey by Friday.');
    await panel.reload();
    await openFromHistory('shared-call.wav');
    await expect(panel.getByRole('textbox', { name: 'Notes' }).inputValue()).resolves.toBe('Send the annual-plan quote to Casey by Friday.');
  });

  it('Settings lists sentiment models apart: Hub downloads, an installed one with its size and Delete, never as a speech model', async () => {
    await panel.getByRole('button', { name: 'Settings', exact: true }).click();
    const group = panel.getByRole('group', { name: 'Sentiment model' });
    await expect(group.getByText('DistilBERT SST-2 sentiment (English)').count()).resolves.toBe(1);
    await expect(group.getByRole('button', { name: 'Download' }).count()).resolves.toBe(2);
    await storeModelFiles(panel, 'local/sentiment-test', 'https://meet.google.com/sentiment-model', modelFiles(sentimentModelDir()));
    await panel.reload();
    await panel.getByRole('button', { name: 'Settings', exact: true }).click();
    const row = group.locator('.ps-model', { hasText: 'local/sentiment-test (imported)' });
    await expect(row.textContent()).resolves.toMatch(/installed · \d+(\.\d)? MB/);
    // Not offered as a speech model.
    await expect(panel.locator('input[type=radio][name=model][value="local/sentiment-test"]').count()).resolves.toBe(0);
    await row.getByRole('button', { name: 'Delete local/sentiment-test (imported)' }).click();
    await expect.poll(() => row.count()).toBe(0);
    await panel.getByRole('button', { name: 'Call', exact: true }).click();
  });

  it('re-transcribes with another installed model, replacing the segments', async () => {
    const callId = await analyze('retranscribe-check.wav');
    const before = await idbCounts(panel, callId);
    await installModel(panel, 'local/whisper-test-2', 'https://meet.google.com/test-model', modelFiles(testModelDir()));
    await openFromHistory('retranscribe-check.wav');
    await panel.getByRole('combobox', { name: 'Re-transcribe with' }).selectOption('local/whisper-test-2');
    await panel.getByRole('button', { name: 'Re-transcribe' }).click();
    await panel.getByRole('status').filter({ hasText: 'Re-transcribed with local/whisper-test-2' }).waitFor({ timeout: 60_000 });
    expect((await idbCall(panel, callId))?.model).toBe('local/whisper-test-2');
    // Replaced, not appended: the same recording gives as many segments as before.
    expect(await idbCounts(panel, callId)).toEqual(before);
    await expect(panel.locator('.ps-header').textContent()).resolves.toContain('whisper-test-2');
  });

  it('"Play this moment" plays the kept audio from just before the moment to just after it', async () => {
    const callId = await sharedCall();
    await openFromHistory('shared-call.wav');
    // Watch every media element the page plays (the player is not in the DOM): where it starts and stops.
    await panel.evaluate(() => {
      const log: { event: string; time: number; src: string }[] = ((window as unknown as { mediaLog: typeof log }).mediaLog = []);
      const play = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
        for (const event of ['playing', 'pause']) {
          this.addEventListener(event, () => log.push({ event, time: this.currentTime, src: this.currentSrc }));
        }
        return play.call(this);
      };
    });
    const moment = (await panel.evaluate(async (callId) => {
      const req = indexedDB.open('pitchside');
      const idb = await new Promise<IDBDatabase>((ok) => (req.onsuccess = () => ok(req.result)));
      const all = await new Promise<{ callId: string; kind: string; start: number; end: number }[]>((ok) => {
        const get = idb.transaction('moments').objectStore('moments').getAll();
        get.onsuccess = () => ok(get.result as never);
      });
      idb.close();
      return all.find((m) => m.callId === callId && m.kind === 'objection.price');
    }, callId))!;
    const row = panel.locator('.ps-moment-row', { hasText: 'Price objection' }).first();
    await row.locator('.ps-moment-row-head').click();
    await row.getByRole('button', { name: 'Play this moment' }).click();
    const log = () => panel.evaluate(() => (window as unknown as { mediaLog: { event: string; time: number; src: string }[] }).mediaLog);
    await expect.poll(async () => (await log()).some((e) => e.event === 'pause'), { timeout: 20_000, interval: 200 }).toBe(true);
    const events = await log();
    const playing = events.find((e) => e.event === 'playing')!;
    const paused = events.find((e) => e.event === 'pause')!;
    expect(playing.src).toMatch(/^blob:chrome-extension:/);
    expect(playing.time).toBeCloseTo(Math.max(0, moment.start - 1), 1);
    expect(paused.time).toBeGreaterThanOrEqual(moment.end + 1);
    expect(paused.time).toBeLessThan(moment.end + 1.6);
  });
});
