/**
 * Helpers for the capture end-to-end test: the side panel opened as a tab
 * (chrome-extension://ID/sidepanel.html, the same page Chrome shows in the panel), reading what
 * it shows, and stopping the extension's service worker the way Chrome does when it idles.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, type LaunchOptions } from '../harness/launch-extension.ts';
import { startMeetingPage, type MeetingPageServer } from '../harness/meeting-page.ts';
import { makeCallAudio, type CallAudio } from './make-call-audio.ts';
import { expect, inject } from 'vitest';
import type { CaptureStatus } from '../../core/meeting/capture-messages.ts';
import type { LaunchedExtension } from '../harness/launch-extension.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ShownSegment {
  speaker: 'rep' | 'customer';
  name: string;
  /** Seconds from call start, as the row's <time datetime> says. */
  start: number;
  text: string;
}

export async function openPanel(ext: LaunchedExtension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 820 }); // about a side panel's size
  await page.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
  await page.locator('.ps-app').waitFor();
  return page;
}

/** The transcript rows the panel shows, in display order. */
export function panelSegments(panel: Page): Promise<ShownSegment[]> {
  return panel.$$eval('.ps-segment', (rows) =>
    rows.map((row) => ({
      speaker: row.classList.contains('ps-segment--rep') ? ('rep' as const) : ('customer' as const),
      name: row.querySelector('.ps-speaker')?.textContent?.trim() ?? '',
      start: Number(row.getAttribute('data-start')),
      text: row.querySelector('.ps-segment-text')?.textContent ?? '',
    })),
  );
}

/** Asks the offscreen recorder where it stands (the message the panel sends when it opens). */
export function offscreenStatus(panel: Page): Promise<CaptureStatus | undefined> {
  return panel.evaluate(async () => {
    try {
      return (await chrome.runtime.sendMessage({ target: 'offscreen', type: 'status' })) as CaptureStatus | undefined;
    } catch {
      return undefined;
    }
  });
}

/** Every file of a model folder, relative paths (`config.json`, `onnx/encoder_model.onnx`). */
export function modelFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(folder, join(e.parentPath, e.name)));
}

/**
 * Writes a model folder into the extension's model store (IndexedDB 'pitchside-models', the
 * rows Settings -> "Import a model folder" writes).
 *
 * Why not the import button itself: Playwright's directory upload (`setInputFiles(dir)` on the
 * `webkitdirectory` input) never sets the files on this Chromium (no input/change event fires),
 * so the test writes the same rows from the panel page: the files are fetched from `baseUrl`
 * (the fake meeting server, which the extension may reach) and stored as Blobs under
 * [modelId+path], exactly as workers/model-manager.ts importFiles() stores them.
 */
export async function storeModelFiles(panel: Page, modelId: string, baseUrl: string, paths: string[]): Promise<void> {
  await panel.getByRole('button', { name: 'Settings', exact: true }).click();
  // The settings view lists the models from the model store, which opens (and creates) it.
  await panel.locator('.ps-model').first().waitFor();
  await panel.evaluate(async ({ modelId, baseUrl, paths }) => {
    const rows = await Promise.all(paths.map(async (path) => {
      const res = await fetch(`${baseUrl}/${path}`);
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      const data = await res.blob();
      return { modelId, path, data, size: data.size, storedAt: Date.now() };
    }));
    const idb = await new Promise<IDBDatabase>((ok, no) => {
      const req = indexedDB.open('pitchside-models');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => no(req.error);
    });
    await new Promise<void>((ok, no) => {
      const tx = idb.transaction('files', 'readwrite');
      for (const row of rows) tx.objectStore('files').put(row);
      tx.oncomplete = () => ok();
      tx.onerror = () => no(tx.error);
    });
    idb.close();
  }, { modelId, baseUrl, paths });
}

/** Installs a speech model folder (storeModelFiles) and picks it in Settings. */
export async function installModel(panel: Page, modelId: string, baseUrl: string, paths: string[]): Promise<void> {
  await storeModelFiles(panel, modelId, baseUrl, paths);
  // Reopen Settings: the model is listed as installed; pick it.
  await panel.reload();
  await panel.getByRole('button', { name: 'Settings', exact: true }).click();
  await panel.locator(`input[type=radio][name=model][value="${modelId}"]`).check();
  // The choice is stored (Dexie 'pitchside' settings row), not just ticked: it survives a reload.
  await panel.waitForFunction((modelId) => new Promise<boolean>((ok) => {
    const req = indexedDB.open('pitchside');
    req.onsuccess = () => {
      const get = req.result.transaction('settings').objectStore('settings').get('settings');
      get.onsuccess = () => ok((get.result as { value?: { model?: string } } | undefined)?.value?.model === modelId);
      get.onerror = () => ok(false);
    };
    req.onerror = () => ok(false);
  }), modelId, { timeout: 15_000, polling: 250 });
  await panel.reload();
  await panel.getByRole('button', { name: 'Settings', exact: true }).click();
  await panel.locator(`input[type=radio][name=model][value="${modelId}"]:checked`).waitFor({ timeout: 15_000 });
  await panel.getByRole('button', { name: 'Call', exact: true }).click();
}

/**
 * Kills the extension's service worker mid-call (Chrome does the same to an idle worker after
 * 30 s): the DevTools protocol closes its target. Proof that it really died: a marker set on its
 * global scope before is gone afterwards (the next event starts a fresh worker).
 */
export async function killServiceWorker(ext: LaunchedExtension): Promise<void> {
  const before = await ext.serviceWorker();
  await before.evaluate(() => ((self as unknown as { pitchsideTestMarker: string }).pitchsideTestMarker = 'alive'));
  expect(await before.evaluate(() => (self as unknown as { pitchsideTestMarker?: string }).pitchsideTestMarker)).toBe('alive');
  const browser = await ext.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await browser.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.extensionId}/`));
  if (!target) throw new Error('no service worker target');
  expect(await browser.send('Target.closeTarget', { targetId: target.targetId })).toMatchObject({ success: true });
  await browser.detach();
  await expect.poll(async () => {
    const now = ext.context.serviceWorkers()[0];
    return now?.evaluate(() => (self as unknown as { pitchsideTestMarker?: string }).pitchsideTestMarker ?? 'fresh').catch(() => 'dead');
  }, { timeout: 15_000, interval: 250 }).not.toBe('alive');
}

/** The toolbar badge text of the extension (read in its service worker; wakes it if needed). */
export async function badgeText(ext: LaunchedExtension): Promise<string> {
  const sw = ext.context.serviceWorkers()[0] ?? (await ext.serviceWorker());
  return sw.evaluate(() => chrome.action.getBadgeText({}));
}

/** Presses the recording shortcut on `tab`, as a rep would, and returns the error the side panel then shows. */
export async function shortcutError(ext: LaunchedExtension, panel: Page, tab: Page, timeout: number): Promise<string | null> {
  await tab.bringToFront();
  await ext.pressShortcut();
  const error = panel.locator('.ps-error');
  await error.waitFor({ timeout });
  return error.textContent();
}

export interface FakeCall {
  audio: CallAudio;
  meeting: MeetingPageServer;
}

/**
 * The espeak-ng call (`seconds` long) and the fake Meet page playing its customer side; the page
 * also serves the model folder's files under /test-model/ for installModel(). `pages`: the
 * server's pages for other meeting hosts (see startMeetingPage).
 */
export async function startFakeCall(seconds: number, modelDir: string, pages?: Record<string, string>): Promise<FakeCall> {
  const audio = makeCallAudio(join(ROOT, `.cache/e2e-call-audio-${seconds}s`), seconds);
  const meeting = await startMeetingPage({
    customerWav: audio.customer, title: 'Acme renewal', participants: ['Casey Customer'],
    files: Object.fromEntries(modelFiles(modelDir).map((p) => [`/test-model/${p}`, join(modelDir, p)])), pages,
  });
  return { audio, meeting };
}

/** Chromium with the extension, the rep's side on the fake microphone, meet.google.com mapped to the fake page. */
export function launchForCall(call: FakeCall, opts: LaunchOptions = {}): Promise<LaunchedExtension> {
  return launchExtension({ micWav: call.audio.rep, micLoop: false, hosts: { 'meet.google.com': call.meeting.port }, ...opts });
}

/** Installs the test model from the fake page's /test-model/ (see installModel). */
export function installTestModel(panel: Page, modelDir: string): Promise<void> {
  return installModel(panel, 'local/whisper-test', 'https://meet.google.com/test-model', modelFiles(modelDir));
}

/** Opens the meeting, waits for the content script, presses the shortcut and starts the customer's audio. */
export async function startRecording(ext: LaunchedExtension, call: FakeCall, panel: Page): Promise<Page> {
  const meetTab = await ext.context.newPage();
  await meetTab.goto(call.meeting.url);
  await meetTab.bringToFront();
  // The Meet content script runs on the page (its hint lives in a closed shadow root) and told
  // the background about the meeting: title and participants, stored per tab.
  await meetTab.locator('pitchside-hint').waitFor({ state: 'attached', timeout: 20_000 });
  await expect.poll(() => panel.evaluate(async () => Object.values(await chrome.storage.session.get(null))), { timeout: 20_000 })
    .toContainEqual({ platform: 'meet', title: 'Acme renewal', participants: ['Casey Customer'] });
  await ext.pressShortcut();
  await expect.poll(async () => (await offscreenStatus(panel))?.recording, { timeout: 30_000, interval: 250 }).toBe(true);
  await meetTab.evaluate(() => (document.getElementById('customer') as HTMLAudioElement).play());
  return meetTab;
}

/** The generated test Whisper (global setup provides it; `npm run models:test` makes it too). */
export function testModelDir(): string {
  try {
    return inject('models').test;
  } catch {
    return join(ROOT, '.models/whisper-test');
  }
}

/**
 * Closes the extension's real side panels (the ones Chrome opened, not sidepanel.html opened as a
 * tab by openPanel): the DevTools protocol closes their targets, as the user's close button does.
 * Returns how many it closed.
 */
export async function closeSidePanels(ext: LaunchedExtension): Promise<number> {
  const tabs = new Set<string>();
  for (const page of ext.context.pages()) {
    const session = await ext.context.newCDPSession(page);
    tabs.add((await session.send('Target.getTargetInfo')).targetInfo.targetId);
    await session.detach();
  }
  const browser = await ext.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await browser.send('Target.getTargets');
  const panels = targetInfos.filter((t) => t.url === `chrome-extension://${ext.extensionId}/sidepanel.html` && !tabs.has(t.targetId));
  for (const t of panels) await browser.send('Target.closeTarget', { targetId: t.targetId });
  await browser.detach();
  return panels.length;
}

/**
 * Whether the content script's "Record with Pitchside" hint is on screen. The hint lives in a
 * closed shadow root, out of reach of page scripts and locators, so this reads the page's
 * accessibility tree (DevTools protocol): what a screen reader gets; a hidden hint is not in it.
 */
export async function recordHintShown(page: Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes.some((n) => !n.ignored && String(n.name?.value ?? '').includes('Record with Pitchside'));
  } finally {
    await cdp.detach();
  }
}

/** What the content scripts told the background about the open meetings (session storage, per tab). */
export function storedMeetings(panel: Page): Promise<unknown[]> {
  return panel.evaluate(async () => {
    const all = await chrome.storage.session.get(null);
    return Object.entries(all).filter(([k]) => k.startsWith('meeting:')).map(([, v]) => v as unknown);
  });
}

/** A call's row as the extension stored it (IndexedDB 'pitchside', table calls). */
export function storedCall(panel: Page, callId: string): Promise<{ title: string; platform: string; participants?: string[]; status: string } | undefined> {
  return panel.evaluate((callId) => new Promise((ok, no) => {
    const req = indexedDB.open('pitchside');
    req.onsuccess = () => {
      const get = req.result.transaction('calls').objectStore('calls').get(callId);
      get.onsuccess = () => {
        req.result.close();
        ok(get.result as { title: string; platform: string; participants?: string[]; status: string } | undefined);
      };
      get.onerror = () => no(get.error);
    };
    req.onerror = () => no(req.error);
  }), callId);
}

/**
 * The rep's side for a call with a muted stretch: the rep's second scripted line (~4.4 s) said
 * three times, at 2, 12 and 22 s of a 30 s file (sox, cut from the scripted call's rep.wav).
 */
export function repeatedRepLine(audio: CallAudio): { wav: string; starts: number[]; lineSeconds: number } {
  const line = audio.lines.filter((l) => l.speaker === 'rep')[1];
  const wav = join(dirname(audio.rep), 'rep-thrice.wav');
  if (!existsSync(wav)) execFileSync('sox', [audio.rep, wav, 'trim', String(line.start - 2), '10', 'repeat', '2']);
  return { wav, starts: [2, 12, 22], lineSeconds: 4.5 };
}
