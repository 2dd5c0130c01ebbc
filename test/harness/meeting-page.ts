/**
 * A local HTTPS "meeting" page (self-signed certificate made with openssl) that looks like
 * Google Meet to the content script and plays the customer's side of the call from a WAV.
 * Launch Chromium with `hosts: { 'meet.google.com': server.port }` to open it as
 * https://meet.google.com/abc-defg-hij.
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
}

function selfSignedCert(dir: string): { key: Buffer; cert: Buffer } {
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=meet.google.com',
    '-addext', 'subjectAltName=DNS:meet.google.com,DNS:localhost,IP:127.0.0.1',
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

export async function startMeetingPage(opts: MeetingPageOptions): Promise<MeetingPageServer> {
  const dir = mkdtempSync(join(tmpdir(), 'pitchside-meet-'));
  const wav = readFileSync(opts.customerWav);
  const html = meetingHtml(opts);
  const files = new Map(Object.entries(opts.files ?? {}));
  const server: Server = createServer(selfSignedCert(dir), (req, res) => {
    if (req.url === '/customer.wav') {
      res.writeHead(200, { 'content-type': 'audio/wav', 'content-length': wav.length });
      res.end(wav);
    } else if (req.url && files.has(req.url)) {
      const body = readFileSync(files.get(req.url)!);
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
      res.end(body);
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
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
