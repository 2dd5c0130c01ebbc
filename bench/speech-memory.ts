/** Peak resident memory of a process tree (the browser and its children), sampled from `ps`. */
import { execFileSync } from 'node:child_process';

function treeRssKb(match: string): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args=']).toString().trim().split('\n')
    .map((l) => l.trim().split(/\s+/))
    .map(([pid, ppid, rss, ...args]) => ({ pid: Number(pid), ppid: Number(ppid), rss: Number(rss), args: args.join(' ') }));
  const root = rows.find((r) => r.args.includes(match) && !r.args.includes('--type='));
  if (!root) return 0;
  const tree = new Set([root.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of rows) {
      if (tree.has(r.pid) || !tree.has(r.ppid)) continue;
      tree.add(r.pid);
      grew = true;
    }
  }
  return rows.filter((r) => tree.has(r.pid)).reduce((n, r) => n + r.rss, 0);
}

/** Samples every `everyMs` until stopped; returns the peak in MB. */
export function samplePeakRss(match: string, everyMs = 250): { stop(): number } {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRssKb(match))), everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.round(Math.max(peak, treeRssKb(match)) / 1024);
    },
  };
}
