/**
 * Serves the built renderer from app://standpoint/ rather than file://: files are read directly
 * (never through file:// requests, which the session refuses), confined to the renderer folder,
 * with the CSP set as a header on every response.
 */
import { protocol } from 'electron';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, isAppUrl } from '../services/app-url';
import { readStaticFile } from '../services/static-files';

export { APP_HOST, APP_ORIGIN, APP_SCHEME };

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string, csp: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (!isAppUrl(request.url)) return new Response('Not found', { status: 404 });
    const file = await readStaticFile(rendererDir, url.pathname);
    return new Response(file.body, {
      status: file.status,
      headers: {
        'Content-Type': file.type,
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
