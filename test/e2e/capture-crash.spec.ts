/**
 * Crash safety of a recording, in Debian Chromium with the BUILT extension: the browser process
 * is killed (SIGKILL) mid-call; Chromium is started again on the same profile; the call is
 * there, marked interrupted, with every segment the panel showed before the crash.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyBuiltExtension, type LaunchedExtension } from '../harness/launch-extension.ts';
import {
  installTestModel, launchForCall, openPanel, panelSegments, startFakeCall, startRecording, testModelDir, type FakeCall,
} from './capture-helpers.ts';

const profileDir = mkdtempSync(join(tmpdir(), 'pitchside-crash-profile-'));
const extensionDir = copyBuiltExtension(); // one copy for both launches: same id, same IndexedDB
let call: FakeCall | undefined;
let ext: LaunchedExtension | undefined;

afterAll(async () => {
  await ext?.close();
  await call?.meeting.close();
  rmSync(profileDir, { recursive: true, force: true });
  rmSync(extensionDir, { recursive: true, force: true });
});

describe('the browser dies mid-call', () => {
  it('keeps the call, marked interrupted, with every finished segment', async () => {
    call = await startFakeCall(24, testModelDir());
    ext = await launchForCall(call, { profileDir, extensionDir });
    let panel = await openPanel(ext);
    await installTestModel(panel, testModelDir());
    await startRecording(ext, call, panel);

    // The rep's line (~1 s) and the customer's (~8 s) are in; the rep's second line (~16 s) may be.
    await expect.poll(async () => new Set((await panelSegments(panel)).map((s) => s.speaker)).size, { timeout: 90_000, interval: 500 }).toBe(2);
    const before = await panelSegments(panel);
    await ext.crash();

    ext = await launchForCall(call, { profileDir, extensionDir });
    panel = await openPanel(ext);
    await panel.getByText('This call was cut off').waitFor({ timeout: 20_000 });
    const after = await panelSegments(panel);
    expect(after.slice(0, before.length)).toEqual(before);
    await panel.getByRole('button', { name: 'History', exact: true }).click();
    await expect.poll(() => panel.locator('.ps-call-item').first().textContent()).toContain('interrupted');
  }, 170_000);
});
