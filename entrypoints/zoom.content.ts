import { defineContentScript } from 'wxt/utils/define-content-script';
import { zoomPage } from '../core/meeting/zoom-page.ts';
import { runMeetingContent } from '../core/meeting/run-meeting-content.ts';

export default defineContentScript({
  matches: ['https://*.zoom.us/wc/*', 'https://*.zoom.us/j/*'],
  runAt: 'document_idle',
  main: () => runMeetingContent(zoomPage),
});
