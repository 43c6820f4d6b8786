/**
 * Every guard of the app's windows in one place: no navigation away from the app, no new
 * windows, no permissions, no remote content. Short on purpose, so it can be read at a glance.
 */
import { app, session, type WebContents } from 'electron';
import { isAppUrl } from '../services/app-url';
export { CONTENT_SECURITY_POLICY } from '../services/content-security-policy';
export { isAppUrl };

function guardContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function applySecurityPolicies(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // Offline by design: any request that is not the app's own protocol (or a blob/data URL it made) is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAppUrl(details.url) || /^(blob|data|devtools):/.test(details.url);
    callback({ cancel: !allowed });
  });
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
}
