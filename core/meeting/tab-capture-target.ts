/** Pure checks on the tab the rep asked to record: which platform, and can Chrome capture it. */
import type { Platform } from '../types.ts';

/** Teams web: work/school (teams.microsoft.com, moving to teams.cloud.microsoft) and personal. */
const TEAMS_HOSTS = new Set(['teams.microsoft.com', 'teams.cloud.microsoft', 'teams.live.com']);

export function platformOfUrl(url: string | undefined): Platform {
  let host = '';
  try {
    host = new URL(url ?? '').hostname;
  } catch {
    return 'other';
  }
  if (host === 'meet.google.com') return 'meet';
  if (host === 'zoom.us' || host.endsWith('.zoom.us')) return 'zoom';
  if (TEAMS_HOSTS.has(host)) return 'teams';
  return 'other';
}

const REFUSED = /^(chrome|chrome-extension|chrome-untrusted|edge|about|devtools|view-source|chrome-search):/i;
const STORE = /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore)/i;

/** Why Chrome will refuse to capture this tab, or `undefined` when it can. */
export function captureRefusal(url: string | undefined): string | undefined {
  if (!url) return 'Pitchside cannot see this tab. Open your meeting tab and press the Pitchside button there.';
  if (REFUSED.test(url) || STORE.test(url)) {
    return 'Chrome does not let extensions record this kind of page (browser pages, the Web Store). Open your meeting tab and press the Pitchside button there.';
  }
  return undefined;
}
