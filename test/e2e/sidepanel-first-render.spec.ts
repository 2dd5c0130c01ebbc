/**
 * The side panel's first frame (issue 3), in HEADLESS Debian Chromium with the built extension: a
 * fresh profile shows "No call yet" without creating the database in the first read; a finished
 * 45-minute call (600 segments) is first painted with its metrics, moments and a screenful of its
 * transcript (the sentiment line's place kept), then with all of it; an export asked for while
 * only part of the transcript is shown still holds every segment.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type LaunchedExtension } from '../harness/launch-extension.ts';
import { seedLongCall } from './sidepanel-helpers.ts';

// Each test launches its own browser with a fresh profile.
let ext: LaunchedExtension;

afterEach(async () => {
  await ext?.close();
});

/** Opens the panel; the init script records what the first painted frame showed and, if asked, clicks Export JSON right then. */
async function openPanelAt(exportAtFirstFrame: boolean): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 820 });
  // Wraps performance.mark: the DOM is read the moment main.tsx sets the mark, before anything after the paint runs.
  await page.addInitScript(`{
    const mark = performance.mark.bind(performance);
    performance.mark = (name, opts) => {
      if (name === 'pitchside:first-render') {
        window.firstFrame = {
          rows: document.querySelectorAll('.ps-segment').length,
          pending: !!document.querySelector('.ps-sentiment-pending'),
          text: document.querySelector('.ps-app')?.textContent ?? '',
        };
        if (${exportAtFirstFrame}) document.querySelector('button[aria-label="Export JSON"]')?.click();
      }
      return mark(name, opts);
    };
  }`);
  return page;
}

const firstFrame = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { firstFrame?: unknown }).firstFrame).then((h) => h.jsonValue() as Promise<{ rows: number; pending: boolean; text: string }>);

describe('side panel first frame (headless Chromium, the built extension)', { timeout: 120_000 }, () => {
  it('a fresh profile: "No call yet", and the first read leaves the database for Dexie to create', async () => {
    ext = await launchExtension({ headless: true });
    const page = await openPanelAt(false);
    await page.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    const frame = await firstFrame(page);
    expect(frame.text).toContain('No call yet');
    // The first read aborts creating a database; Dexie opens after the first frame and creates it with its tables.
    await expect.poll(() => page.evaluate(async () => {
      const names = (await indexedDB.databases()).map((d) => d.name);
      if (!names.includes('pitchside')) return [];
      const idb = await new Promise<IDBDatabase>((ok, no) => {
        const req = indexedDB.open('pitchside');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => no(req.error);
      });
      const stores = [...idb.objectStoreNames];
      idb.close();
      return stores;
    }), { timeout: 15_000 }).toContain('segments');
    await page.close();
  });

  it('a 45-minute call: metrics, moments and a screenful of transcript first, then all 600 rows and the sentiment line', async () => {
    ext = await launchExtension({ headless: true });
    const seeder = await openPanelAt(false);
    await seeder.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    await seedLongCall(seeder);
    await seeder.close();

    const page = await openPanelAt(true);
    const download = page.waitForEvent('download');
    await page.goto(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    const frame = await firstFrame(page);
    expect(frame.text).toContain('Acme renewal');
    expect(frame.text).toContain('Transcript (600)');
    expect(frame.text).toContain('Moments (30)');
    expect(frame.pending).toBe(true);
    expect(frame.rows).toBeGreaterThan(0);
    expect(frame.rows).toBeLessThanOrEqual(Math.ceil(820 / 28));

    // Then the whole transcript and the sentiment line (200 customer points).
    await expect.poll(() => page.locator('.ps-segment').count(), { timeout: 15_000 }).toBe(600);
    await expect(page.locator('.ps-sentiment-pending').count()).resolves.toBe(0);
    await expect(page.locator('svg.ps-sentiment-line circle').count()).resolves.toBe(200);
    await expect(page.getByText('Transcript (600)').count()).resolves.toBe(1);

    // The export clicked on the first frame (part of the transcript shown) has every segment.
    const json = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { segments: unknown[]; moments: unknown[] };
    expect(json.segments).toHaveLength(600);
    expect(json.moments).toHaveLength(30);
    await page.close();
  });
});
