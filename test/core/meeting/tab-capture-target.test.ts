import { describe, expect, it } from 'vitest';
import { captureRefusal, platformOfUrl } from '../../../core/meeting/tab-capture-target.ts';

describe('platformOfUrl', () => {
  it.each([
    ['https://meet.google.com/abc-defg-hij', 'meet'],
    ['https://us02web.zoom.us/wc/123456/join', 'zoom'],
    ['https://app.zoom.us/wc/123/start', 'zoom'],
    ['https://teams.microsoft.com/v2/', 'teams'],
    ['https://teams.live.com/meet/9', 'teams'],
    ['https://teams.cloud.microsoft/v2/', 'teams'],
    ['https://notzoom.us.example.com/', 'other'],
    ['not a url', 'other'],
  ])('%s -> %s', (url, platform) => expect(platformOfUrl(url)).toBe(platform));
});

describe('captureRefusal', () => {
  it('lets meeting pages through', () => {
    expect(captureRefusal('https://meet.google.com/abc-defg-hij')).toBeUndefined();
  });
  it.each(['chrome://settings', 'chrome-extension://abc/sidepanel.html', 'https://chromewebstore.google.com/detail/x', 'about:blank'])(
    'explains why %s cannot be recorded',
    (url) => expect(captureRefusal(url)).toMatch(/does not let extensions record/),
  );
});
