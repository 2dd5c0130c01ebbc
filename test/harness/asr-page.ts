/**
 * Headless Debian Chromium with the BUILT extension (.output/chrome-mv3) and its asr-harness page
 * open: the real speech worker on `window.pitchsideAsr` (entrypoints/asr-harness/main.ts).
 * Every request the browser makes is recorded; `blockNetwork()` fails any http(s) request from then on.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { extensionIdOf, extensionLaunchArgs } from './launch-extension.ts';

export const BUILT_EXTENSION = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface AsrPage {
  context: BrowserContext;
  page: Page;
  extensionId: string;
  profileDir: string;
  /** Every URL requested, in order. */
  requests: string[];
  /** http(s) requests refused after blockNetwork(). */
  blocked: string[];
  blockNetwork(): Promise<void>;
  close(): Promise<void>;
}

export async function openAsrPage(extensionDir = BUILT_EXTENSION, extraArgs: string[] = []): Promise<AsrPage> {
  if (!existsSync(join(extensionDir, 'asr-harness.html'))) throw new Error(`no built extension with asr-harness.html in ${extensionDir}: run npm run build`);
  const profileDir = mkdtempSync(join(tmpdir(), 'pitchside-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...extensionLaunchArgs(extensionDir), ...extraArgs],
  });
  const requests: string[] = [];
  const blocked: string[] = [];
  context.on('request', (r) => void requests.push(r.url()));
  const extensionId = await extensionIdOf(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/asr-harness.html`);
  await page.waitForFunction(() => 'pitchsideAsr' in window);
  return {
    context,
    page,
    extensionId,
    profileDir,
    requests,
    blocked,
    async blockNetwork() {
      await context.route(/^(https?|wss?):/, (route) => {
        blocked.push(route.request().url());
        return route.abort('internetdisconnected');
      });
      await context.setOffline(true);
    },
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
