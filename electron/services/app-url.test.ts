import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAppUrl } from './app-url';

describe('isAppUrl', () => {
  it.each([
    `${APP_ORIGIN}/index.html`,
    `${APP_ORIGIN}/`,
    `${APP_ORIGIN}/assets/app.js?v=1#x`,
    'APP://Standpoint/index.html',
  ])('accepts the app’s own page %s', (url) => expect(isAppUrl(url)).toBe(true));

  it.each([
    'app://evil/index.html',
    'app://standpoint.evil.example/',
    'app://user@standpoint/',
    'app://user:pw@standpoint/',
    'app://standpoint:8080/',
    'http://standpoint/',
    'https://standpoint/index.html',
    'file:///standpoint/index.html',
    'app:standpoint/index.html',
    'null',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));

  it('does not depend on URL.origin, which Node reports as "null" for a custom scheme', () => {
    expect(new URL(`${APP_ORIGIN}/index.html`).origin).toBe('null');
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
  });
});
