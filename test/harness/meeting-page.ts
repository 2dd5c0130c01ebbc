/**
 * A local HTTPS "meeting" page (self-signed certificate made with openssl) that looks like
 * Google Meet to the content script and plays the customer's side of the call from a WAV.
 * Launch Chromium with `hosts: { 'meet.google.com': server.port }` to open it as
 * https://meet.google.com/abc-defg-hij.
 *
 * The same server can answer for the Zoom web client and Teams web too (`pages`, by host name:
 * zoomMeetingHtml, teamsMeetingHtml); their markup mirrors the saved pages the unit tests read
 * (test/core/meeting/markup/). Every page plays the same /customer.wav and has a mute button and a
 * leave button that behave like the real ones when clicked, plus `fakeMeeting.join(name)` and
 * `fakeMeeting.endByHost()` for what other people in the meeting do.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface MeetingPageServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

export interface MeetingPageOptions {
  /** The customer's side of the call, played by the page's <audio> element when `play()` runs. */
  customerWav: string;
  title?: string;
  participants?: string[];
  /** More files to serve, URL path -> local file (e.g. a model folder for the extension to fetch). */
  files?: Record<string, string>;
  /**
   * Other meeting hosts this server answers for, host name -> page HTML (e.g.
   * `{ 'us02web.zoom.us': zoomMeetingHtml(...) }`), or host name + path -> the page at that path
   * only (`'app.zoom.us/wc/1/meeting'`); map each host to the server's port when launching.
   */
  pages?: Record<string, string>;
}

/** A page of another meeting platform: its title and the other participants' names. */
export interface MeetingMarkupOptions {
  title?: string;
  participants?: string[];
}

function selfSignedCert(dir: string, hosts: string[]): { key: Buffer; cert: Buffer } {
  const names = ['meet.google.com', ...new Set(hosts.map((h) => h.split('/')[0])), 'localhost'].map((h) => `DNS:${h}`).join(',');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=meet.google.com',
    '-addext', `subjectAltName=${names},IP:127.0.0.1`,
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function meetingHtml({ title = 'Fake Meet call', participants = ['Casey Customer'] }: Omit<MeetingPageOptions, 'customerWav'>): string {
  const people = participants
    .map((p, i) => `<div role="listitem" data-participant-id="d${i + 2}"><span data-self-name="${esc(p)}">${esc(p)}</span></div>`)
    .join('');
  return `<!doctype html><html><head><title>Meet - ${esc(title)}</title></head><body>
<div data-call-ended="false" id="call">
  <div data-meeting-title="">${esc(title)}</div>
  <div role="list"><div role="listitem" data-participant-id="d1" data-is-self="true"><span data-self-name="You">You</span></div>${people}</div>
  <button id="mic" data-is-muted="false" aria-label="Turn off microphone (ctrl + d)">mic</button>
  <button id="leave" aria-label="Leave call">Leave call</button>
  <audio id="customer" src="/customer.wav" preload="auto"></audio>
</div>
<script>
  document.getElementById('leave').onclick = () => document.getElementById('call').setAttribute('data-call-ended', 'true');
</script>
</body></html>`;
}

/**
 * The Zoom web client in a meeting (as test/core/meeting/markup/zoom-in-meeting.html), the rep's
 * microphone on. The mute button flips its label like Zoom's; `fakeMeeting.endByHost()` shows
 * Zoom's "ended by host" dialog (zoom-ended.html) in place of the meeting.
 */
export function zoomMeetingHtml({ title = 'Fake Zoom meeting', participants = ['Jordan Buyer'] }: MeetingMarkupOptions = {}): string {
  const row = (p: string) => `<div class="participants-item__item-layout"><span class="participants-item__display-name">${esc(p)}</span></div>`;
  return `<!doctype html><html><head><title>${esc(title)} - Zoom</title></head><body>
<div id="root">
  <div class="meeting-app">
    <div class="meeting-info-container"><span class="meeting-info-container__topic">${esc(title)}</span></div>
    <div class="participants-section-container" id="people">
      <div class="participants-item__item-layout">
        <span class="participants-item__display-name">Riley Rep</span>
        <span class="participants-item__name-label">(Host, me)</span>
      </div>
      ${participants.map(row).join('\n      ')}
    </div>
    <div id="wc-footer" class="footer">
      <button class="join-audio-container__btn" id="mic" aria-label="mute my microphone">Mute</button>
      <button class="footer__leave-btn" aria-label="Leave">Leave</button>
    </div>
  </div>
  <audio id="customer" src="/customer.wav" preload="auto"></audio>
</div>
<script>
  const mic = document.getElementById('mic');
  mic.onclick = () => {
    const muted = mic.getAttribute('aria-label') === 'mute my microphone';
    mic.setAttribute('aria-label', muted ? 'unmute my microphone' : 'mute my microphone');
    mic.textContent = muted ? 'Unmute' : 'Mute';
  };
  window.fakeMeeting = {
    join(name) {
      document.getElementById('people').insertAdjacentHTML('beforeend', ${JSON.stringify(row('NAME'))}.replace('NAME', name));
    },
    endByHost() {
      document.getElementById('customer').pause();
      document.querySelector('.meeting-app').outerHTML =
        '<div class="zm-modal"><div class="zm-modal-body-title">This meeting has been ended by host</div><button>OK</button></div>';
    },
  };
</script>
</body></html>`;
}

/**
 * Teams web in a call (as test/core/meeting/markup/teams-in-call.html), the rep's microphone on.
 * Without `titleInPage` the call title is only in the tab title ("Meeting with … | Microsoft
 * Teams"). The mute button flips data-state and its label like Teams'; Leave (or
 * `fakeMeeting.endByHost()`) shows the call-ended screen (teams-call-ended.html).
 */
export function teamsMeetingHtml(
  { title = 'Fake Teams call', participants = ['Morgan Lee'], titleInPage = true }: MeetingMarkupOptions & { titleInPage?: boolean } = {},
): string {
  const row = (p: string) => `<div data-tid="participantsInCall-item" data-cid="roster-participant"><span data-tid="roster-participant-name" title="${esc(p)}">${esc(p)}</span></div>`;
  return `<!doctype html><html><head><title>Meeting with ${esc(title)} | Microsoft Teams</title></head><body>
<div data-tid="calling-screen" id="call">
  ${titleInPage ? `<div data-tid="call-title">${esc(title)}</div>` : ''}
  <div data-tid="participantsInCall-list" id="people">
    <div data-tid="participantsInCall-item" data-cid="roster-participant">
      <div data-tid="roster-participant-self"><span data-tid="roster-participant-name" title="Riley Rep">Riley Rep</span></div>
    </div>
    ${participants.map(row).join('\n    ')}
  </div>
  <div role="toolbar">
    <button id="microphone-button" data-tid="toggle-mute" data-state="mic" aria-label="Mute (Ctrl+Shift+M)">Mic</button>
    <button id="hangup-button" data-tid="hangup-main-btn" aria-label="Leave (Ctrl+Shift+H)">Leave</button>
  </div>
  <audio id="customer" src="/customer.wav" preload="auto"></audio>
</div>
<script>
  const mic = document.getElementById('microphone-button');
  mic.onclick = () => {
    const muted = mic.getAttribute('data-state') === 'mic';
    mic.setAttribute('data-state', muted ? 'mic-off' : 'mic');
    mic.setAttribute('aria-label', (muted ? 'Unmute' : 'Mute') + ' (Ctrl+Shift+M)');
  };
  const end = () => {
    document.getElementById('customer').pause();
    document.getElementById('call').outerHTML =
      '<div data-tid="call-ended-screen"><h2>You left the meeting</h2><button data-tid="rejoin-button">Rejoin</button><button>Dismiss</button></div>';
  };
  document.getElementById('hangup-button').onclick = end;
  window.fakeMeeting = {
    join(name) {
      document.getElementById('people').insertAdjacentHTML('beforeend', ${JSON.stringify(row('NAME'))}.replaceAll('NAME', name));
    },
    endByHost: end,
  };
</script>
</body></html>`;
}

/**
 * The Zoom web client app (app.zoom.us): a shell page whose meeting UI is a same-origin
 * `iframe#webclient` (class pwa-webclient__iframe) loading `frameSrc` (serve zoomMeetingHtml there).
 */
export function zoomAppShellHtml(frameSrc: string): string {
  return `<!doctype html><html><head><title>Zoom</title>
<style>html, body, #root, .pwa-webclient { margin: 0; height: 100%; } iframe { border: 0; width: 100%; height: 100%; }</style></head><body>
<div id="root"><div class="pwa-webclient">
  <iframe id="webclient" class="pwa-webclient__iframe" src="${esc(frameSrc)}" allow="microphone; camera; autoplay; display-capture"></iframe>
</div></div>
</body></html>`;
}

export async function startMeetingPage(opts: MeetingPageOptions): Promise<MeetingPageServer> {
  const dir = mkdtempSync(join(tmpdir(), 'pitchside-meet-'));
  const wav = readFileSync(opts.customerWav);
  const html = meetingHtml(opts);
  const files = new Map(Object.entries(opts.files ?? {}));
  const pages = new Map(Object.entries(opts.pages ?? {}));
  const server: Server = createServer(selfSignedCert(dir, [...pages.keys()]), (req, res) => {
    if (req.url === '/customer.wav') {
      res.writeHead(200, { 'content-type': 'audio/wav', 'content-length': wav.length });
      res.end(wav);
    } else if (req.url && files.has(req.url)) {
      const body = readFileSync(files.get(req.url)!);
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
      res.end(body);
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      res.end(pages.get(`${host}${(req.url ?? '/').split('?')[0]}`) ?? pages.get(host) ?? html);
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: 'https://meet.google.com/abc-defg-hij',
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
        rmSync(dir, { recursive: true, force: true });
      }),
  };
}
