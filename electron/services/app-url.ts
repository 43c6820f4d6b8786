/**
 * The app's own pages: app://standpoint/…, served by main (electron/main/protocol.ts). Kept free of
 * Electron so the check runs, and is tested, in plain Node.
 *
 * Why scheme and host are compared one by one rather than `new URL(url).origin`: `app` is
 * registered as a standard scheme (protocol.registerSchemesAsPrivileged, `standard: true`), which
 * Electron documents as making Chromium parse it with the generic URI syntax of http (RFC 3986:
 * host, port, relative URLs) — see docs/api/protocol.md, "protocol.registerSchemesAsPrivileged".
 * That registration lives in Chromium; the main process checks URLs with Node's WHATWG `URL`,
 * for which `app:` is not a special scheme, so its `origin` is the opaque "null" whatever Chromium
 * thinks (`new URL('app://standpoint/').origin === 'null'`, checked in app-url.test.ts). Scheme,
 * host, port and credentials are parsed the same by both, so those are what is compared.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'standpoint';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    // Chromium lower-cases the host of a standard scheme; Node keeps a non-special scheme's as typed.
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
