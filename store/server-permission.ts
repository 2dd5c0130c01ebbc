/**
 * Host permission for the user's sync server. The manifest declares
 * `optional_host_permissions: ['http://*\/*', 'https://*\/*']`; the settings UI asks for the one
 * origin the user typed, from a click handler (chrome.permissions.request needs a user gesture).
 *
 * Why it is needed: without a host permission, fetch from an extension page or the service
 * worker is an ordinary cross-origin request (the server would have to answer CORS for
 * `chrome-extension://ID`); with it, the extension's requests bypass CORS. This holds for
 * http://127.0.0.1 too (checked in test/e2e/sync.spec.ts).
 *
 *   serverOriginPattern(url)        -> 'https://sync.example.com/*'
 *   hasServerPermission(url)        -> boolean
 *   requestServerPermission(url)    -> boolean (granted)   call from a click handler
 */
export function serverOriginPattern(url: string): string {
  const u = new URL(url);
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error(`server URL must be http(s): ${url}`);
  return `${u.protocol}//${u.hostname}/*`;
}

export function hasServerPermission(url: string): Promise<boolean> {
  return chrome.permissions.contains({ origins: [serverOriginPattern(url)] });
}

export function requestServerPermission(url: string): Promise<boolean> {
  return chrome.permissions.request({ origins: [serverOriginPattern(url)] });
}
