import { describe, expect, it } from 'vitest';
import { CHANGED_SETTINGS } from '../../tests/support/settings-fixtures';
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
    expect(parseStoredSettings(CHANGED_SETTINGS)).toEqual({ settings: CHANGED_SETTINGS, problems: [] });
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
    expect(settings.hoverDelayMs).toBe(300);
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

  it('answers defaults for a stored value that is not a settings object, and says so', () => {
    const notSettings = (value: unknown) => ({
      settings: SETTINGS_DEFAULTS,
      problems: [{ key: '(all)', message: `${value} is not a settings object; using defaults` }],
    });
    expect(parseStoredSettings(3)).toEqual(notSettings('3'));
    expect(parseStoredSettings('x')).toEqual(notSettings('"x"'));
    expect(parseStoredSettings([])).toEqual(notSettings('[]'));
    expect(parseStoredSettings(true)).toEqual(notSettings('true'));
    // Nothing stored at all is a fresh install, not a problem.
    expect(parseStoredSettings(null)).toEqual({ settings: SETTINGS_DEFAULTS, problems: [] });
    expect(parseStoredSettings(undefined)).toEqual({ settings: SETTINGS_DEFAULTS, problems: [] });
  });

  it('reports a non-number version and junk list entries with what it did', () => {
    expect(parseStoredSettings({ version: { a: 1 } })).toEqual({
      settings: SETTINGS_DEFAULTS,
      problems: [
        {
          key: 'version',
          message:
            'stored settings say version {"a":1}, which this version does not know; read them as version 1',
        },
      ],
    });
    expect(parseStoredSettings({ siteExceptions: [null, {}, 'example.com'] })).toEqual({
      settings: settingsWith({ siteExceptions: ['example.com'] }),
      problems: [
        { key: 'siteExceptions', message: 'dropped null: a site must be given as text' },
        { key: 'siteExceptions', message: 'dropped {}: a site must be given as text' },
      ],
    });
  });

  it('accepts hover delays from 100 to 2000 whole milliseconds only', () => {
    const delay = (hoverDelayMs: unknown) => parseStoredSettings({ hoverDelayMs });
    expect(delay(100).settings.hoverDelayMs).toBe(100);
    expect(delay(2000).settings.hoverDelayMs).toBe(2000);
    const refused = (value: unknown, shown: string) =>
      expect(delay(value)).toEqual({
        settings: SETTINGS_DEFAULTS,
        problems: [
          {
            key: 'hoverDelayMs',
            message: `${shown} is not a whole number of milliseconds from 100 to 2000; using the default (300)`,
          },
        ],
      });
    refused(99, '99');
    refused(2001, '2001');
    refused(250.5, '250.5');
    refused('300', '"300"');
    refused(undefined, 'nothing');
  });

  it('says in full what was wrong with each scalar, and cuts long values at 60 characters', () => {
    const long = 'x'.repeat(100);
    expect(
      parseStoredSettings({ enabledByDefault: 'yes', highlightStyle: long, showBadge: 0 }).problems,
    ).toEqual([
      { key: 'enabledByDefault', message: '"yes" is not true or false; using the default (true)' },
      {
        key: 'highlightStyle',
        message: `"${'x'.repeat(56)}... is not one of underline, background, none; using the default ("underline")`,
      },
      { key: 'showBadge', message: '0 is not true or false; using the default (true)' },
    ]);
    // Exactly 60 characters are shown whole.
    const sixty = `"${'y'.repeat(58)}"`;
    expect(parseStoredSettings({ showBadge: 'y'.repeat(58) }).problems[0]?.message).toBe(
      `${sixty} is not true or false; using the default (true)`,
    );
  });

  it('says what it did with a non-list site or type list', () => {
    expect(parseStoredSettings({ siteExceptions: 'example.com', entityTypes: 5 }).problems).toEqual([
      { key: 'siteExceptions', message: '"example.com" is not a list of sites; using an empty list' },
      { key: 'entityTypes', message: '5 is not a list of types; using all types' },
    ]);
    expect(parseStoredSettings({ entityTypes: ['robot'] })).toEqual({
      settings: settingsWith({ entityTypes: [] }),
      problems: [
        {
          key: 'entityTypes',
          message: 'dropped "robot": not one of person, organization, place, law, event',
        },
      ],
    });
  });

  it('lists five bad entries of a key one by one and summarizes from the sixth', () => {
    const bad = (count: number) => Array.from({ length: count }, (_, i) => `bad ${i}`);
    const five = parseStoredSettings({ siteExceptions: bad(5) }).problems.map((p) => p.message);
    expect(five).toEqual(bad(5).map((site) => `dropped "${site}": a site address cannot contain spaces`));
    const six = parseStoredSettings({ siteExceptions: bad(6) }).problems.map((p) => p.message);
    expect(six).toEqual([...five, '…and 1 more like these']);
    const types = parseStoredSettings({ entityTypes: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }).problems;
    expect(types).toHaveLength(6);
    expect(types[5]).toEqual({ key: 'entityTypes', message: '…and 2 more like these' });
  });

  it('keeps the first 20,000 sites of a longer list, and says so', () => {
    const sites = Array.from({ length: 20_001 }, (_, i) => `s${i}.example`);
    const { settings, problems } = parseStoredSettings({ siteExceptions: sites });
    expect(settings.siteExceptions).toHaveLength(20_000);
    expect(settings.siteExceptions.at(-1)).toBe('s19999.example');
    expect(problems).toEqual([{ key: 'siteExceptions', message: 'kept the first 20000 of 20001 sites' }]);
    expect(parseStoredSettings({ siteExceptions: sites.slice(0, 20_000) }).problems).toEqual([]);
  });

  it('names an unknown key as ignored', () => {
    expect(parseStoredSettings({ sparkle: true }).problems).toEqual([
      { key: 'sparkle', message: 'not a setting this version knows; ignored' },
    ]);
  });

  it('gives a fresh copy of the defaults each time', () => {
    const first = defaultSettings();
    first.siteExceptions.push('example.com');
    first.entityTypes.pop();
    expect(defaultSettings()).toEqual({
      version: 1,
      enabledByDefault: true,
      siteExceptions: [],
      highlightStyle: 'underline',
      entityTypes: ['person', 'organization', 'place', 'law', 'event'],
      hoverDelayMs: 300,
      showBadge: true,
    });
  });

  it('migrates a v0 "underline" style and keeps keys v0 did not have', () => {
    expect(parseStoredSettings({ enabled: false, style: 'underline', hoverDelayMs: 500 })).toEqual({
      settings: settingsWith({ enabledByDefault: false, highlightStyle: 'underline', hoverDelayMs: 500 }),
      problems: [],
    });
    expect(parseStoredSettings({ style: 'blink' }).problems).toEqual([
      {
        key: 'highlightStyle',
        message: '"blink" is not one of underline, background, none; using the default ("underline")',
      },
    ]);
    expect(parseStoredSettings({ style: 3 }).settings.highlightStyle).toBe('underline');
    expect(parseStoredSettings({ disabledSites: ['a.example'] }).settings.siteExceptions).toEqual([
      'a.example',
    ]);
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
    expect(problems).toEqual([
      {
        key: 'version',
        message: 'stored settings say version 9, which this version does not know; read them as version 1',
      },
    ]);
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
