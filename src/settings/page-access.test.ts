import { describe, expect, it } from 'vitest';
import en from '../../_locales/en/messages.json';
import { type MessagesFile, translateRef, translatorFor } from '../i18n/messages';
import { pageAccess } from './page-access';

function reason(url: string): string {
  const access = pageAccess(url);
  if (access.ok) throw new Error(`expected ${url} to be refused`);
  return translateRef(translatorFor(en as MessagesFile), access.reason);
}

describe('pageAccess', () => {
  it('allows http and https pages and gives their hostname', () => {
    expect(pageAccess('https://News.Example.com./a')).toEqual({ ok: true, hostname: 'news.example.com' });
    expect(pageAccess('http://127.0.0.1:8080/demo')).toEqual({ ok: true, hostname: '127.0.0.1' });
  });

  it('explains each kind of page where content scripts cannot run', () => {
    expect(reason('chrome://extensions/')).toMatch(/browser’s own pages/);
    expect(reason('about:addons')).toMatch(/browser’s own pages/);
    expect(reason('moz-extension://x/popup.html')).toMatch(/browser’s own pages/);
    expect(reason('view-source:https://example.com/')).toMatch(/view-source/);
    expect(reason('file:///tmp/a.html')).toMatch(/files opened from this computer/);
    expect(reason('data:text/html,hi')).toMatch(/only runs on web pages/);
    expect(reason('https://chromewebstore.google.com/detail/x')).toMatch(/Chrome Web Store/);
    expect(reason('https://chrome.google.com/webstore/detail/x')).toMatch(/Chrome Web Store/);
    expect(reason('https://addons.mozilla.org/en-US/firefox/')).toMatch(/Firefox Add-ons/);
    expect(reason('not a url')).toMatch(/no web page/);
  });

  it('does not mistake ordinary Google pages for the store', () => {
    expect(pageAccess('https://chrome.google.com/intl/en/chrome/').ok).toBe(true);
  });
});

const refused = (key: string, values?: string[]) => ({
  ok: false,
  reason: values ? { key, values } : { key },
});

describe('pageAccess, reason by reason', () => {
  it('refuses every browser page scheme as a browser page', () => {
    for (const url of [
      'chrome://settings/',
      'about:blank',
      'edge://settings/',
      'brave://settings/',
      'opera://settings/',
      'vivaldi://settings/',
      'chrome-extension://abc/popup.html',
      'moz-extension://abc/popup.html',
      'resource://gre/modules/x.js',
      'devtools://devtools/bundled/inspector.html',
      'chrome-search://local-ntp/',
      'chrome-untrusted://terminal/',
    ]) {
      expect(pageAccess(url)).toEqual(refused('pageBrowserPage'));
    }
  });

  it('names the view-source page as such, not as another scheme, and only at the start', () => {
    expect(pageAccess('view-source:https://example.com/')).toEqual(refused('pageViewSource'));
    expect(pageAccess('https://example.com/view-source:')).toEqual({ ok: true, hostname: 'example.com' });
  });

  it('names the scheme of any other page', () => {
    expect(pageAccess('data:text/html,hi')).toEqual(refused('pageOtherScheme', ['data:']));
    expect(pageAccess('ftp://example.com/')).toEqual(refused('pageOtherScheme', ['ftp:']));
  });

  it('names each add-on store, only under its path', () => {
    expect(pageAccess('https://chrome.google.com/webstore/detail/x')).toEqual(
      refused('pageStore', ['Chrome Web Store']),
    );
    expect(pageAccess('https://chromewebstore.google.com/detail/x')).toEqual(
      refused('pageStore', ['Chrome Web Store']),
    );
    expect(pageAccess('https://addons.mozilla.org/en-US/firefox/')).toEqual(
      refused('pageStore', ['Firefox Add-ons']),
    );
    expect(pageAccess('https://microsoftedge.microsoft.com/addons/detail/x')).toEqual(
      refused('pageStore', ['Edge Add-ons']),
    );
    expect(pageAccess('https://microsoftedge.microsoft.com/insider')).toEqual({
      ok: true,
      hostname: 'microsoftedge.microsoft.com',
    });
  });

  it('drops every trailing dot of the hostname', () => {
    expect(pageAccess('https://news.example.com../a')).toEqual({ ok: true, hostname: 'news.example.com' });
  });
});
