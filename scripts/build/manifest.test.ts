import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_FILE, GECKO_ID, type Manifest, manifestFor } from './manifest';

const template = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'manifest.json'), 'utf8'),
) as Manifest;

describe('manifestFor', () => {
  it('gives Chrome a service worker and a minimum version, nothing Firefox-only', () => {
    const chrome = manifestFor(template, 'chrome', '1.2.3');
    expect(chrome.version).toBe('1.2.3');
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.minimum_chrome_version).toMatch(/^\d+$/);
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('gives Firefox a background script (compromise.js is added when first used), the fixed add-on id and a minimum version', () => {
    const firefox = manifestFor(template, 'firefox', '1.2.3');
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings).toMatchObject({
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    });
    expect(firefox.minimum_chrome_version).toBeUndefined();
  });

  it('makes only the card module web-accessible, where the content script runs (Chromium: dynamic URL)', () => {
    const matches = ['http://*/*', 'https://*/*'];
    expect(manifestFor(template, 'chrome', '1.0.0').web_accessible_resources).toEqual([
      { resources: [CARD_FILE], matches, use_dynamic_url: true },
    ]);
    // Firefox's extension URLs carry a per-install UUID already (web-ext lint would accept the key too).
    expect(manifestFor(template, 'firefox', '1.0.0').web_accessible_resources).toEqual([
      { resources: [CARD_FILE], matches },
    ]);
  });

  it('keeps every template key and does not modify the template', () => {
    const before = structuredClone(template);
    for (const browser of ['chrome', 'firefox'] as const) {
      const manifest = manifestFor(template, browser, '0.0.1');
      for (const key of Object.keys(template).filter((k) => k !== 'version')) {
        expect(manifest[key]).toEqual(template[key]);
      }
    }
    expect(template).toEqual(before);
  });

  it('refuses a template that already sets what the build adds', () => {
    expect(() => manifestFor({ ...template, background: { scripts: ['x.js'] } }, 'chrome', '1.0.0')).toThrow(
      /must not set background/,
    );
  });
});
