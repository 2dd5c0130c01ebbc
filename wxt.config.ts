import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
//
// Cross-origin isolated (COOP same-origin + COEP require-corp): SharedArrayBuffer, so multi-threaded
// WASM for Whisper (workers/browser-deps.ts). Every extension page and the offscreen document then
// run in an isolated renderer process of their own, apart from the service worker (never isolated).
// tabCapture.getMediaStreamId() binds the stream id to its caller's process (Chromium
// tab_capture_api.cc: source_process_id()), so an id got in the service worker fails in the offscreen
// document ("AbortError: Error starting tab capture"). The side panel, opened by the same click or
// shortcut (which grants activeTab), gets the id instead; it shares the offscreen document's process
// (chrome://process-internals, Chromium 156), and the background only routes it
// (entrypoints/sidepanel/capture-grant.ts, test/e2e/capture.spec.ts). COEP `credentialless` does
// not help the service worker's id either.
export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Pitchside — in-call sales coach',
    description: 'Records your Meet, Zoom or Teams call with one click, transcribes it on your laptop and coaches you live. No audio leaves your machine.',
    cross_origin_embedder_policy: { value: 'require-corp' },
    cross_origin_opener_policy: { value: 'same-origin' },
    permissions: ['tabCapture', 'offscreen', 'sidePanel', 'storage', 'unlimitedStorage', 'alarms', 'activeTab', 'tabs'],
    host_permissions: ['https://meet.google.com/*', 'https://*.zoom.us/*', 'https://teams.microsoft.com/*', 'https://teams.cloud.microsoft/*', 'https://teams.live.com/*'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
    action: { default_title: 'Pitchside: start/stop recording this call' },
    side_panel: { default_path: 'sidepanel.html' },
    commands: {
      // Not Alt+Shift+R: Chromium on Linux refuses every Alt+Shift suggested key (left unassigned),
      // and Ctrl+Shift+E / Alt+R are Teams' and Zoom's own shortcuts.
      'toggle-recording': {
        suggested_key: { default: 'Ctrl+Shift+Y', mac: 'Command+Shift+Y' },
        description: 'Start or stop recording this call',
      },
    },
  },
});
