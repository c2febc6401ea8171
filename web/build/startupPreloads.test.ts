// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectLanguage } from '../src/i18n';
import { everyPageReads, startupScript } from './startupPreloads';

const strings = { es: '/assets/es-1.js', en: '/assets/en-2.js' };
const pages = { '/login': ['/assets/LoginPage-3.js', '/assets/useZodForm-4.js'] };

function runAt(path: string) {
  history.replaceState(null, '', path);
  document.head.innerHTML = '';
  new Function(startupScript(strings, pages))();
  return Array.from(document.head.querySelectorAll('link')).map((link) => `${link.rel} ${link.getAttribute('href')}${link.getAttribute('as') ? ` as=${link.getAttribute('as')}` : ''}`);
}

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('the startup script', () => {
  it('preloads the strings of the language the app will pick: the stored choice, else the browser’s', () => {
    const browser = vi.spyOn(navigator, 'language', 'get');
    for (const [stored, browserLanguage] of [[null, 'es-MX'], [null, 'fr-FR'], ['es', 'en-GB'], ['en', 'es-ES'], ['xx', 'es']] as const) {
      localStorage.clear();
      if (stored) localStorage.setItem('clinic.language', stored);
      browser.mockReturnValue(browserLanguage);
      const expected = detectLanguage();

      expect(runAt('/book')).toContain(`modulepreload ${strings[expected]}`);
      expect(document.documentElement.lang).toBe(expected);
    }
  });

  it('starts the first API reads at once, and the services only where the booking page needs them', () => {
    const reads = everyPageReads.map((url) => `preload ${url} as=fetch`);

    expect(runAt('/book')).toEqual(expect.arrayContaining([...reads, 'preload /api/catalog/categories as=fetch']));
    expect(runAt('/')).toContain('preload /api/catalog/categories as=fetch');
    expect(runAt('/login')).toEqual(expect.arrayContaining(reads));
    expect(runAt('/login')).not.toContain('preload /api/catalog/categories as=fetch');
  });

  it('preloads the code of the page opened, when that page is its own chunk', () => {
    expect(runAt('/login/')).toEqual(expect.arrayContaining(['modulepreload /assets/LoginPage-3.js', 'modulepreload /assets/useZodForm-4.js']));
    expect(runAt('/book').filter((link) => link.includes('LoginPage'))).toEqual([]);
  });
});
