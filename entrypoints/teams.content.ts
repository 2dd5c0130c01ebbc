import { defineContentScript } from 'wxt/utils/define-content-script';
import { teamsPage } from '../core/meeting/teams-page.ts';
import { runMeetingContent } from '../core/meeting/run-meeting-content.ts';

export default defineContentScript({
  matches: ['https://teams.microsoft.com/*', 'https://teams.cloud.microsoft/*', 'https://teams.live.com/*'],
  runAt: 'document_idle',
  main: () => runMeetingContent(teamsPage),
});
