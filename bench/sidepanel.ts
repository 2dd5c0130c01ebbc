/**
 * `npm run bench -- sidepanel`: how fast the side panel first renders. Headless Debian Chromium
 * with the built extension (.output/chrome-mv3; run `npm run build` first) opens
 * chrome-extension://ID/sidepanel.html LOADS times in a fresh tab each and reads, from the page:
 * first contentful paint (Paint Timing) and first render (the `pitchside:first-render` mark that
 * main.tsx sets right after Preact's first render), both from navigation start. The first load is a warm-up (cold disk and
 * V8 caches) and is reported apart. Target (issue 3): first render under 150 ms.
 */
import type { Page } from 'playwright-core';
import { launchExtension } from '../test/harness/launch-extension.ts';

const LOADS = 10;
const TARGET_MS = 150;

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

async function measure(page: Page, url: string): Promise<{ fcp: number; render: number }> {
  await page.goto(url);
  await page.locator('.ps-app').waitFor();
  return page.evaluate(async () => {
    const fcp = await new Promise<number>((ok) => {
      const found = performance.getEntriesByName('first-contentful-paint')[0];
      if (found) return ok(found.startTime);
      new PerformanceObserver((list) => ok(list.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true });
    });
    return { fcp, render: performance.getEntriesByName('pitchside:first-render')[0]?.startTime ?? NaN };
  });
}

export async function run(): Promise<void> {
  const ext = await launchExtension({ headless: true });
  try {
    const url = `chrome-extension://${ext.extensionId}/sidepanel.html`;
    const results: { fcp: number; render: number }[] = [];
    for (let i = 0; i <= LOADS; i++) {
      const page = await ext.context.newPage();
      await page.setViewportSize({ width: 400, height: 820 });
      results.push(await measure(page, url));
      await page.close();
    }
    const [warmup, ...rest] = results;
    const row = (name: string, xs: number[]) =>
      `${name.padEnd(24)} median ${pct(xs, 50).toFixed(0).padStart(4)} ms   p95 ${pct(xs, 95).toFixed(0).padStart(4)} ms   ${pct(xs, 95) < TARGET_MS ? 'OK' : 'OVER'} (target < ${TARGET_MS} ms)`;
    console.log(`side panel, ${LOADS} loads after one warm-up (headless Chromium, built extension, empty profile)`);
    console.log(`warm-up load               first contentful paint ${warmup.fcp.toFixed(0)} ms, first render ${warmup.render.toFixed(0)} ms`);
    console.log(row('first contentful paint', rest.map((r) => r.fcp)));
    console.log(row('first render (mark)', rest.map((r) => r.render)));
  } finally {
    await ext.close();
  }
}
