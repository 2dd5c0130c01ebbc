import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
//
// No `cross_origin_embedder_policy` / `cross_origin_opener_policy` keys (so no SharedArrayBuffer, so
// single-threaded WASM): with them every extension page and the offscreen document become
// cross-origin isolated and run in a renderer process of their own, apart from the service worker
// (never isolated). In MV3, tabCapture.getMediaStreamId() called from the service worker ties the
// stream id to the caller's process (Chromium tab_capture_api.cc: source_process_id()), so the
// offscreen document's getUserMedia fails with "AbortError: Error starting tab capture".
// COEP `credentialless` fails the same way. An id got in an isolated page (e.g. the side panel) does
// work there, but offscreen documents (and their iframes) only have chrome.runtime, so there is no
// clean fix from this side.
export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Pitchside — in-call sales coach',
    description: 'Records your Meet, Zoom or Teams call with one click, transcribes it on your laptop and coaches you live. No audio leaves your machine.',
    permissions: ['tabCapture', 'offscreen', 'sidePanel', 'storage', 'unlimitedStorage', 'alarms', 'activeTab', 'tabs'],
    host_permissions: ['https://meet.google.com/*', 'https://*.zoom.us/*', 'https://teams.microsoft.com/*', 'https://teams.live.com/*'],
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
