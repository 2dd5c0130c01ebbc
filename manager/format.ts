/** Display formats shared by the manager pages. */
const dateFmt = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const dayFmt = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

export const formatDateTime = (ms: number) => dateFmt.format(ms);
export const formatDay = (ms: number) => dayFmt.format(ms);

/** Sentiment score (-1..1) as a word for screen readers and a class for colour. */
export function sentimentTone(score: number | null | undefined): { label: string; tone: 'positive' | 'neutral' | 'negative' | 'none' } {
  if (score === null || score === undefined) return { label: 'no data', tone: 'none' };
  if (score >= 0.2) return { label: 'positive', tone: 'positive' };
  if (score <= -0.2) return { label: 'negative', tone: 'negative' };
  return { label: 'neutral', tone: 'neutral' };
}

export const signed = (n: number) => (n > 0 ? `+${n.toFixed(2)}` : n.toFixed(2));

/** `yyyy-mm-dd` (local) to epoch ms at local midnight; `plusDays` moves it (exclusive ends). */
export function dayToMs(day: string, plusDays = 0): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const d = new Date(`${day}T00:00:00`);
  d.setDate(d.getDate() + plusDays);
  return Number.isNaN(d.getTime()) ? undefined : d.getTime();
}
