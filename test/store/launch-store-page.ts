/**
 * Headless Debian Chromium with a copy of the BUILT extension (.output/chrome-mv3) and its
 * store-harness page open: the real store modules on `window.pitchsideStore`, real IndexedDB.
 *
 * The copy's manifest gets `host_permissions: http://127.0.0.1/*`: that is the state after the
 * user accepted `requestServerPermission(url)` for a local server (the optional permission
 * prompt cannot be clicked in a test). Without it, fetch from the extension to the server fails
 * ("Failed to fetch": the server sends no CORS headers), from the page and the service worker alike.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { copyBuiltExtension, EXTENSION_DIR, extensionIdOf, extensionLaunchArgs } from '../harness/launch-extension.ts';

export interface StorePage {
  context: BrowserContext;
  page: Page;
  extensionId: string;
  profileDir: string;
  /** kill -9 of the browser process (a crash): nothing is flushed or closed politely. */
  crash(): void;
  close(): Promise<void>;
}

/** A private copy of the built extension, with the local-server host permission granted. */
export function copyExtension(): { dir: string; cleanup: () => void } {
  if (!existsSync(join(EXTENSION_DIR, 'store-harness.html'))) throw new Error(`no built extension with store-harness.html in ${EXTENSION_DIR}: run npx wxt build`);
  const dir = copyBuiltExtension();
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function openStorePage(extensionDir: string, profileDir = mkdtempSync(join(tmpdir(), 'pitchside-profile-'))): Promise<StorePage> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions', '--mute-audio'],
    args: extensionLaunchArgs(extensionDir),
  });
  const extensionId = await extensionIdOf(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/store-harness.html`);
  await page.waitForFunction(() => 'pitchsideStore' in window);
  return {
    context,
    page,
    extensionId,
    profileDir,
    crash() {
      // The browser process is the one started with this profile and no --type= (renderers, GPU... have one).
      const ps = execFileSync('ps', ['-eo', 'pid=,args=']).toString().split('\n');
      const main = ps.find((l) => l.includes(`--user-data-dir=${profileDir}`) && !l.includes('--type='));
      if (!main) throw new Error('browser process not found');
      process.kill(Number(main.trim().split(/\s+/)[0]), 'SIGKILL');
    },
    async close() {
      await context.close().catch(() => undefined);
    },
  };
}
