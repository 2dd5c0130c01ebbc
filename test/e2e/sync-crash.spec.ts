/**
 * Crash consistency of the outbox in Debian Chromium: the browser process is killed (SIGKILL)
 * while the extension writes segments as fast as it can; after a restart on the same profile,
 * every stored segment has its outbox row and every outbox row its segment.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { copyExtension, openStorePage, type StorePage } from '../store/launch-store-page.ts';

let ext: ReturnType<typeof copyExtension> | undefined;
let browser: StorePage | undefined;

afterAll(async () => {
  await browser?.close();
  ext?.cleanup();
});

describe('outbox crash consistency (Chromium, real IndexedDB)', () => {
  it('keeps each entity and its outbox row together when the browser is killed mid-write', async () => {
    ext = copyExtension();
    browser = await openStorePage(ext.dir);
    const { page, profileDir } = browser;

    // Writes until the browser dies; resolves only by rejection.
    void page
      .evaluate(async () => {
        const s = window.pitchsideStore;
        await s.saveCall(s.db, { id: 'crash-call', title: 'Crash test', platform: 'meet', status: 'recording', startedAt: Date.now() });
        for (let i = 0; ; i++) {
          const segment = { id: `seg-${i}`, callId: 'crash-call', speaker: 'rep' as const, start: i, end: i + 0.9, text: `segment ${i}` };
          // Batches of 1..5 as the live recorder and the upload path write them.
          await s.saveSegments(s.db, Array.from({ length: (i % 5) + 1 }, (_, k) => ({ ...segment, id: `seg-${i}-${k}` })));
          (window as unknown as { written: number }).written = i + 1;
        }
      })
      .catch(() => undefined);
    await page.waitForFunction(() => ((window as unknown as { written?: number }).written ?? 0) >= 200, undefined, { timeout: 30_000 });
    browser.crash();
    await browser.context.close().catch(() => undefined);

    browser = await openStorePage(ext.dir, profileDir);
    const after = await browser.page.evaluate(async () => {
      const s = window.pitchsideStore;
      const segments = (await s.db.segments.toArray()).map((x) => x.id).sort();
      const rows = (await s.db.outbox.toArray()).filter((r) => r.entity === 'segment').map((r) => r.entityId).sort();
      const interrupted = await s.markInterruptedCalls(s.db);
      return { segments, rows, interrupted, call: (await s.getCall(s.db, 'crash-call'))?.call.status };
    });
    expect(after.segments.length).toBeGreaterThan(0);
    expect(after.rows).toEqual(after.segments);
    // Start-up recovery: the call cut short is marked interrupted, its segments kept (the
    // service worker may have done it before this page asked: then nothing is left to mark).
    expect(after.interrupted).toBeLessThanOrEqual(1);
    expect(after.call).toBe('interrupted');
  });
});
