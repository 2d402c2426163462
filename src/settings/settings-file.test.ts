import { describe, expect, it } from 'vitest';
import type { Settings } from './index';
import { parseSettingsFile, serializeSettingsFile } from './settings-file';

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

function problems(text: string) {
  const result = parseSettingsFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

function problemKeys(text: string): string[] {
  return problems(text).map((p) => p.key);
}

describe('settings file', () => {
  it('writes the export format', () => {
    expect(serializeSettingsFile(custom)).toBe(CUSTOM_FILE);
  });

  it('reads a hand-written file of the export format', () => {
    expect(parseSettingsFile(CUSTOM_FILE)).toEqual({ ok: true, settings: custom });
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

  it('refuses the whole file for a single bad value, unknown key or missing key', () => {
    const good = JSON.parse(CUSTOM_FILE) as Record<string, unknown>;
    expect(problemKeys(JSON.stringify({ ...good, hoverDelayMs: 99_999 }))).toEqual(['hoverDelayMs']);
    expect(problemKeys(JSON.stringify({ ...good, siteExceptions: ['example.com', 'bad site'] }))).toEqual([
      'siteExceptions',
    ]);
    expect(problems(JSON.stringify({ ...good, extra: 1 }))).toEqual([
      { key: 'extra', message: 'not a setting this version knows; ignored' },
    ]);
    const { showBadge: _gone, ...partial } = good;
    expect(problems(JSON.stringify(partial))).toEqual([
      { key: 'showBadge', message: 'missing from the file' },
    ]);
  });

  it('names every missing key of a version 1 file', () => {
    expect(problemKeys('{"format":"backstory-settings","version":1}')).toEqual([
      'enabledByDefault',
      'siteExceptions',
      'highlightStyle',
      'entityTypes',
      'hoverDelayMs',
      'showBadge',
    ]);
  });

  it('reads a file of 2,000,000 characters and refuses a longer one', () => {
    const padded = (length: number) => CUSTOM_FILE.padEnd(length, ' ');
    expect(parseSettingsFile(padded(2_000_000))).toEqual({ ok: true, settings: custom });
    expect(problems(padded(2_000_001))).toEqual([
      { key: '(file)', message: 'the file is too large to be a settings file' },
    ]);
  });
});
