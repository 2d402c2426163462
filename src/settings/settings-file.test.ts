import { describe, expect, it } from 'vitest';
import { READER_SETTING_KEYS } from '../../tests/support/settings-fixtures';
import type { Settings } from './index';
import { applySettingsPatch, parseSettingsFile, serializeSettingsFile } from './settings-file';

const custom: Settings = {
  version: 1,
  enabledByDefault: false,
  siteExceptions: ['example.com'],
  highlightStyle: 'underline',
  entityTypes: ['person', 'organization', 'place', 'law', 'event'],
  hoverDelayMs: 900,
  showBadge: true,
};

/** The export of `custom`, written out by hand: the file format readers keep on disk. */
const CUSTOM_FILE = `{
  "format": "backstory-settings",
  "version": 1,
  "enabledByDefault": false,
  "siteExceptions": [
    "example.com"
  ],
  "highlightStyle": "underline",
  "entityTypes": [
    "person",
    "organization",
    "place",
    "law",
    "event"
  ],
  "hoverDelayMs": 900,
  "showBadge": true
}
`;

/** The reader's settings before an import: two sites switched off, a slow hover, only people. */
const current: Settings = {
  version: 1,
  enabledByDefault: true,
  siteExceptions: ['news.example.org', 'blog.example.net'],
  highlightStyle: 'background',
  entityTypes: ['person'],
  hoverDelayMs: 700,
  showBadge: true,
};

function problems(text: string) {
  const result = parseSettingsFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

function problemKeys(text: string): string[] {
  return problems(text).map((p) => p.key);
}

/** The reader's settings after importing `text` over `into`. */
function imported(text: string, into: Settings = current): Settings {
  const result = parseSettingsFile(text);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return applySettingsPatch(into, result.patch);
}

describe('settings file', () => {
  it('writes the export format', () => {
    expect(serializeSettingsFile(custom)).toBe(CUSTOM_FILE);
  });

  it('a full (hand-written export) file sets every setting', () => {
    expect(imported(CUSTOM_FILE)).toEqual(custom);
    const result = parseSettingsFile(CUSTOM_FILE);
    expect(result.ok && result.keys).toEqual(READER_SETTING_KEYS);
  });

  it('a partial file changes only the settings it states and leaves the site list alone', () => {
    const text = '{"format":"backstory-settings","showBadge":false}';
    expect(imported(text)).toEqual({ ...current, showBadge: false });
    const result = parseSettingsFile(text);
    expect(result.ok && result.keys).toEqual(['showBadge']);
  });

  it('a partial file with only a site list replaces the list and nothing else', () => {
    const text = '{"format":"backstory-settings","version":1,"siteExceptions":["Example.COM"]}';
    expect(imported(text)).toEqual({ ...current, siteExceptions: ['example.com'] });
  });

  it('reads an older (version 0) file, stating only what it held', () => {
    const text = '{"format":"backstory-settings","style":"highlight"}';
    expect(imported(text)).toEqual({ ...current, highlightStyle: 'background' });
    expect(imported(text, custom)).toEqual({ ...custom, highlightStyle: 'background' });
  });

  it('refuses a file that states no setting, saying so', () => {
    const none = [{ key: '(file)', message: 'the file states no setting to import' }];
    expect(problems('{"format":"backstory-settings"}')).toEqual(none);
    expect(problems('{"format":"backstory-settings","version":1}')).toEqual(none);
  });

  it('refuses a file that is not JSON, not an object or not ours, saying why', () => {
    expect(problems('{ nope')).toEqual([
      { key: '(file)', message: expect.stringMatching(/^the file is not valid JSON \(.+\)$/) },
    ]);
    const notAnObject = [{ key: '(file)', message: 'the file does not hold a settings object' }];
    expect(problems('[1,2]')).toEqual(notAnObject);
    expect(problems('null')).toEqual(notAnObject);
    expect(problems('"backstory-settings"')).toEqual(notAnObject);
    const notOurs = [
      {
        key: 'format',
        message: 'the file is not a Backstory settings file (expected "format": "backstory-settings")',
      },
    ];
    expect(problems(CUSTOM_FILE.replace('"backstory-settings"', '"other"'))).toEqual(notOurs);
    expect(problems(CUSTOM_FILE.replace('"format": "backstory-settings",', ''))).toEqual(notOurs);
  });

  it('refuses the whole file for a single bad value or unknown key', () => {
    const good = JSON.parse(CUSTOM_FILE) as Record<string, unknown>;
    expect(problemKeys(JSON.stringify({ ...good, hoverDelayMs: 99_999 }))).toEqual(['hoverDelayMs']);
    expect(problemKeys(JSON.stringify({ ...good, siteExceptions: ['example.com', 'bad site'] }))).toEqual([
      'siteExceptions',
    ]);
    expect(problems(JSON.stringify({ ...good, extra: 1 }))).toEqual([
      { key: 'extra', message: 'not a setting this version knows; ignored' },
    ]);
    expect(problemKeys('{"format":"backstory-settings","showBadge":"no"}')).toEqual(['showBadge']);
    expect(problemKeys('{"format":"backstory-settings","showBadge":false,"extra":1}')).toEqual(['extra']);
  });

  it('reads a file of 2,000,000 characters and refuses a longer one', () => {
    const padded = (length: number) => CUSTOM_FILE.padEnd(length, ' ');
    expect(imported(padded(2_000_000))).toEqual(custom);
    expect(problems(padded(2_000_001))).toEqual([
      { key: '(file)', message: 'the file is too large to be a settings file' },
    ]);
  });
});
