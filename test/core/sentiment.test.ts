/**
 * The lexicon scorer in Node and in a browser bundle: the side panel and the ASR Web Worker
 * import the same module, so it is bundled here with Vite (WXT's bundler) and run in Chromium.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { scoreSentiment } from '../../core/sentiment/lexicon.ts';

const customerLines: [string, 'positive' | 'neutral' | 'negative'][] = [
  ['That sounds great, when could we start the onboarding?', 'positive'],
  ['Honestly the price is way more than we budgeted for this year.', 'negative'],
  ['This is too expensive for a team our size.', 'negative'],
  ["Frankly we've been frustrated with the support, and we're thinking about cancelling.", 'negative'],
  ['If this does not improve we will not renew next year.', 'negative'],
  ['We cannot afford it right now.', 'negative'],
  ['The price is not a problem for us.', 'positive'],
  ['We meet on Thursday at 2.', 'neutral'],
];

describe('lexicon sentiment', () => {
  it('reads customer utterances the way a sales manager would', () => {
    for (const [text, label] of customerLines) expect(scoreSentiment(text).label, text).toBe(label);
    expect(scoreSentiment('Your product keeps breaking and it is costing us customers.').score).toBeLessThanOrEqual(-0.5);
    expect(scoreSentiment('   ')).toEqual({ score: 0, label: 'neutral' });
  });

  it('keeps scores in [-1, 1] for extreme text', () => {
    const rant = 'This is terrible, awful, horrible, the worst, we hate it and we will cancel! '.repeat(20);
    const { score } = scoreSentiment(rant);
    expect(score).toBeGreaterThanOrEqual(-1);
    expect(score).toBeLessThan(-0.9);
  });

  it('scores the same in a browser bundle (Vite + Chromium) as in Node', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pitchside-sentiment-'));
    try {
      await build({
        logLevel: 'silent',
        configFile: false,
        build: {
          outDir: dir,
          minify: false,
          lib: { entry: fileURLToPath(new URL('../../core/sentiment/lexicon.ts', import.meta.url)), formats: ['es'], fileName: 'lexicon' },
        },
      });
      const bundle = readFileSync(join(dir, 'lexicon.js'), 'utf8');
      const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
      try {
        const page = await browser.newPage();
        const texts = customerLines.map(([t]) => t);
        const url = `data:text/javascript;base64,${Buffer.from(bundle).toString('base64')}`;
        // A string, so that vitest does not rewrite the browser-side import().
        const inBrowser = await page.evaluate(
          `import(${JSON.stringify(url)}).then((mod) => ${JSON.stringify(texts)}.map((t) => mod.scoreSentiment(t)))`,
        );
        expect(inBrowser).toEqual(texts.map((t) => scoreSentiment(t)));
      } finally {
        await browser.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
