/**
 * `npm run bench [-- NAME...]`: runs every benchmark module below (or the named ones) in turn.
 * Each module exports `async function run(): Promise<void>` that prints its own figures.
 * To add one: write bench/<area>.ts and append a line to `benches`.
 */
interface BenchModule {
  run(): Promise<void>;
}

const benches: { name: string; load: () => Promise<BenchModule> }[] = [
  { name: 'engine', load: () => import('./engine.ts') },
  { name: 'speech', load: () => import('./speech.ts') },
  { name: 'ort-wasm', load: () => import('./ort-wasm.ts') },
  { name: 'sync', load: () => import('./sync.ts') },
  { name: 'sidepanel', load: () => import('./sidepanel.ts') },
];

async function main(filter: string[]): Promise<void> {
  const unknown = filter.filter((name) => !benches.some((b) => b.name === name));
  if (unknown.length) throw new Error(`unknown bench ${unknown.join(', ')}; known: ${benches.map((b) => b.name).join(', ')}`);
  let failed = 0;
  for (const bench of benches) {
    if (filter.length && !filter.includes(bench.name)) continue;
    console.log(`\n== ${bench.name} ==`);
    try {
      await (await bench.load()).run();
    } catch (err) {
      failed++;
      console.error(`bench ${bench.name} failed: ${(err as Error).stack ?? err}`);
    }
  }
  if (failed) process.exitCode = 1;
}

main(process.argv.slice(2)).catch((err: Error) => {
  console.error(err.message);
  process.exitCode = 1;
});
