import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
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
