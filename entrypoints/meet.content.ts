import { defineContentScript } from 'wxt/utils/define-content-script';
import { meetPage } from '../core/meeting/meet-page.ts';
import { runMeetingContent } from '../core/meeting/run-meeting-content.ts';

export default defineContentScript({
  matches: ['https://meet.google.com/*'],
  runAt: 'document_idle',
  main: () => runMeetingContent(meetPage),
});
