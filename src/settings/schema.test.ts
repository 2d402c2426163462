import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../knowledge/schema';
import {
  defaultSettings,
  isHighlightingEnabled,
  parseStoredSettings,
  SETTINGS_DEFAULTS,
  type Settings,
  withSiteHighlighting,
} from './index';

function settingsWith(patch: Partial<Settings>): Settings {
  return { ...defaultSettings(), ...patch };
}

describe('parseStoredSettings', () => {
  it('gives the defaults for empty storage, silently', () => {
    const { settings, problems } = parseStoredSettings({});
    expect(settings).toEqual(SETTINGS_DEFAULTS);
    expect(problems).toEqual([]);
  });

  it('keeps every valid value', () => {
    const stored: Settings = {
      version: 1,
      enabledByDefault: false,
      siteExceptions: ['example.com', 'news.example.org'],
      highlightStyle: 'background',
      entityTypes: ['person', 'law'],
      hoverDelayMs: 750,
      showBadge: false,
    };
    expect(parseStoredSettings(stored)).toEqual({ settings: stored, problems: [] });
  });

  it('replaces a corrupt value by its default for that key only, and reports it', () => {
    const { settings, problems } = parseStoredSettings({
      version: 1,
      enabledByDefault: false,
      highlightStyle: 'sparkles',
      hoverDelayMs: 5,
      showBadge: 'yes',
    });
    expect(settings.enabledByDefault).toBe(false);
    expect(settings.highlightStyle).toBe('underline');
    expect(settings.hoverDelayMs).toBe(SETTINGS_DEFAULTS.hoverDelayMs);
    expect(settings.showBadge).toBe(true);
    expect(problems.map((p) => p.key)).toEqual(['highlightStyle', 'hoverDelayMs', 'showBadge']);
    expect(problems[0]?.message).toMatch(
      /"sparkles" is not one of underline, background, none; using the default/,
    );
  });

  it('drops only the bad entries of lists, normalizing and de-duplicating the rest', () => {
    const { settings, problems } = parseStoredSettings({
      siteExceptions: ['Example.com.', 'example.com', 'not a site', 7, 'https://news.test.org/x'],
      entityTypes: ['law', 'gadget', 'person'],
    });
    expect(settings.siteExceptions).toEqual(['example.com', 'news.test.org']);
    expect(settings.entityTypes).toEqual(['person', 'law']);
    expect(problems.map((p) => p.key)).toEqual(['siteExceptions', 'siteExceptions', 'entityTypes']);
  });

  it('summarizes long runs of bad list entries', () => {
    const { problems } = parseStoredSettings({
      siteExceptions: Array.from({ length: 50 }, () => 'bad site'),
    });
    expect(problems).toHaveLength(6);
    expect(problems[5]?.message).toMatch(/45 more/);
  });

  it('reports non-list lists and unknown keys, keeping the rest', () => {
    const { settings, problems } = parseStoredSettings({
      siteExceptions: 'example.com',
      entityTypes: null,
      sparkle: true,
      showBadge: false,
    });
    expect(settings.siteExceptions).toEqual([]);
    expect(settings.entityTypes).toEqual([...ENTITY_TYPES]);
    expect(settings.showBadge).toBe(false);
    expect(problems.map((p) => p.key).sort()).toEqual(['entityTypes', 'siteExceptions', 'sparkle']);
  });

  it('never throws, whatever storage holds', () => {
    for (const raw of [null, undefined, 3, 'x', [], { version: { a: 1 } }, { siteExceptions: [null, {}] }]) {
      expect(() => parseStoredSettings(raw)).not.toThrow();
    }
    expect(parseStoredSettings('x').problems[0]?.key).toBe('(all)');
  });

  it('migrates version 0 to version 1', () => {
    const { settings, problems } = parseStoredSettings({
      enabled: true,
      disabledSites: ['Example.com', 'other.org'],
      style: 'highlight',
    });
    expect(problems).toEqual([]);
    expect(settings).toEqual(
      settingsWith({ siteExceptions: ['example.com', 'other.org'], highlightStyle: 'background' }),
    );
  });

  it('drops v0 disabled sites when v0 highlighting was off everywhere', () => {
    const { settings } = parseStoredSettings({ version: 0, enabled: false, disabledSites: ['a.com'] });
    expect(settings.enabledByDefault).toBe(false);
    expect(settings.siteExceptions).toEqual([]);
  });

  it('reads an unknown future version as version 1 and says so', () => {
    const { settings, problems } = parseStoredSettings({ version: 9, showBadge: false });
    expect(settings.showBadge).toBe(false);
    expect(problems).toEqual([expect.objectContaining({ key: 'version' })]);
  });
});

describe('isHighlightingEnabled', () => {
  it('follows the default when no exception covers the site', () => {
    expect(isHighlightingEnabled(defaultSettings(), 'example.com')).toBe(true);
    expect(isHighlightingEnabled(settingsWith({ enabledByDefault: false }), 'example.com')).toBe(false);
  });

  it('flips the default for an excepted site and its subdomains', () => {
    const on = settingsWith({ siteExceptions: ['example.com'] });
    expect(isHighlightingEnabled(on, 'example.com')).toBe(false);
    expect(isHighlightingEnabled(on, 'News.Example.com.')).toBe(false);
    expect(isHighlightingEnabled(on, 'example.org')).toBe(true);
    const off = settingsWith({ enabledByDefault: false, siteExceptions: ['example.com'] });
    expect(isHighlightingEnabled(off, 'www.example.com')).toBe(true);
    expect(isHighlightingEnabled(off, 'badexample.com')).toBe(false);
  });
});

describe('withSiteHighlighting', () => {
  it('adds an exception to turn a site off and removes it to turn it back on', () => {
    const start = defaultSettings();
    const off = settingsWith({ siteExceptions: withSiteHighlighting(start, 'News.Example.com', false) });
    expect(off.siteExceptions).toEqual(['news.example.com']);
    expect(isHighlightingEnabled(off, 'news.example.com')).toBe(false);
    const on = settingsWith({ siteExceptions: withSiteHighlighting(off, 'news.example.com', true) });
    expect(on.siteExceptions).toEqual([]);
  });

  it('removes a covering parent-domain exception when turning a subdomain back to the default', () => {
    const parent = settingsWith({ siteExceptions: ['example.com', 'other.org'] });
    const next = withSiteHighlighting(parent, 'news.example.com', true);
    expect(next).toEqual(['other.org']);
  });

  it('does not duplicate an exception that is already there', () => {
    const off = settingsWith({ siteExceptions: ['example.com'] });
    expect(withSiteHighlighting(off, 'example.com', false)).toEqual(['example.com']);
  });
});
