/**
 * launchExtension(): Debian Chromium with the BUILT extension (.output/chrome-mv3), headed
 * under Xvfb (started here when DISPLAY is unset) so `pressShortcut()` can press the
 * extension's real keyboard command with xdotool: the only honest way to grant tab capture
 * in a test (FIELD-NOTES.md). The microphone is Chromium's fake capture device playing a WAV;
 * the mic permission is granted to the extension origin over CDP.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

const run = promisify(execFile);
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface LaunchOptions {
  /** WAV the fake microphone plays (looped by Chromium unless `micLoop` is false). */
  micWav?: string;
  micLoop?: boolean;
  /** Host -> 127.0.0.1:port mappings, e.g. `{ 'meet.google.com': 8443 }`. */
  hosts?: Record<string, number>;
  /** Reuse a profile (e.g. after `crash()`); it is then left on disk by `close()`. */
  profileDir?: string;
  /**
   * The extension folder to load; by default a private copy of the build made for this launch
   * (others may rebuild .output mid-test). Pass one copy to several launches to keep the same
   * extension id, hence the same IndexedDB (the id is derived from the path).
   */
  extensionDir?: string;
  /** Headless (no Xvfb, no shortcut): for tests that need no tab capture. */
  headless?: boolean;
}

/** The flags every test launch uses: load the unpacked extension, and the flags this machine needs. */
export function extensionLaunchArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic',
  ];
}

/** The loaded extension's id, read from its service worker's URL (waits for the worker to start). */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(sw.url()).host;
}

/** A private copy of the built extension (.output/chrome-mv3), safe from concurrent rebuilds. */
export function copyBuiltExtension(): string {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension in ${EXTENSION_DIR}: run npx wxt build`);
  const dir = mkdtempSync(join(tmpdir(), 'pitchside-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  return dir;
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker(): Promise<Worker>;
  /** Presses the extension's keyboard shortcut (Ctrl+Shift+Y) on the real X display. */
  pressShortcut(keys?: string): Promise<void>;
  /** The profile directory (pass it to a later launch to restart the "same" browser). */
  profileDir: string;
  /** kill -9 of the browser process: a crash, nothing is flushed or closed politely. */
  crash(): Promise<void>;
  close(): Promise<void>;
}

async function startXvfb(): Promise<{ display: string; proc: ChildProcess }> {
  for (let n = 90 + Math.floor(Math.random() * 100); ; n++) {
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    const proc = spawn('Xvfb', [`:${n}`, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    for (let i = 0; i < 50 && !existsSync(`/tmp/.X11-unix/X${n}`); i++) await new Promise((r) => setTimeout(r, 100));
    if (existsSync(`/tmp/.X11-unix/X${n}`)) return { display: `:${n}`, proc };
    proc.kill();
  }
}

export async function launchExtension(opts: LaunchOptions = {}): Promise<LaunchedExtension> {
  const extDir = opts.extensionDir ?? copyBuiltExtension();
  const xvfb = opts.headless || process.env.DISPLAY ? undefined : await startXvfb();
  const display = process.env.DISPLAY ?? xvfb?.display ?? '';
  const profile = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'pitchside-profile-'));
  const rules = Object.entries(opts.hosts ?? {}).map(([host, port]) => `MAP ${host}:443 127.0.0.1:${port}`);
  const args = [
    ...extensionLaunchArgs(extDir), '--autoplay-policy=no-user-gesture-required',
    '--use-fake-device-for-media-stream', '--window-size=1200,850',
  ];
  if (opts.micWav) args.push(`--use-file-for-fake-audio-capture=${opts.micWav}${opts.micLoop === false ? '%noloop' : ''}`);
  if (rules.length) args.push(`--host-resolver-rules=${rules.join(', ')}`, '--ignore-certificate-errors');

  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: opts.headless ?? false,
    env: { ...process.env, DISPLAY: display },
    ignoreDefaultArgs: ['--disable-extensions', '--mute-audio'],
    args,
    viewport: null,
  });
  const serviceWorker = async () => context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker');
  const extensionId = await extensionIdOf(context);

  const browserSession = await context.browser()?.newBrowserCDPSession();
  const cdp = browserSession ?? (await context.newCDPSession(context.pages()[0] ?? (await context.newPage())));
  await cdp.send('Browser.setPermission', {
    permission: { name: 'microphone' },
    setting: 'granted',
    origin: `chrome-extension://${extensionId}`,
  });

  return {
    context,
    extensionId,
    serviceWorker,
    async pressShortcut(keys = 'ctrl+shift+y') {
      const env = { ...process.env, DISPLAY: display };
      // No window manager under Xvfb: give the browser window keyboard focus first.
      const { stdout } = await run('xdotool', ['search', '--onlyvisible', '--class', 'chromium'], { env });
      const win = stdout.trim().split('\n').filter(Boolean).pop();
      if (win) await run('xdotool', ['windowfocus', '--sync', win], { env }).catch(() => undefined);
      await run('xdotool', ['key', '--clearmodifiers', keys], { env });
    },
    profileDir: profile,
    async crash() {
      // The browser process is the one started with this profile and no --type= (renderers, GPU... have one).
      const { stdout } = await run('ps', ['-eo', 'pid=,args=']);
      const main = stdout.split('\n').find((l) => l.includes(`--user-data-dir=${profile}`) && !l.includes('--type='));
      if (!main) throw new Error('browser process not found');
      process.kill(Number(main.trim().split(/\s+/)[0]), 'SIGKILL');
      await new Promise<void>((r) => context.once('close', () => r()));
      xvfb?.proc.kill();
    },
    async close() {
      await context.close().catch(() => undefined);
      xvfb?.proc.kill();
      if (!opts.profileDir) rmSync(profile, { recursive: true, force: true });
      if (!opts.extensionDir) rmSync(extDir, { recursive: true, force: true });
    },
  };
}
