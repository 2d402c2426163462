import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from './index';
import { parseSettingsFile, serializeSettingsFile } from './settings-file';

const custom: Settings = {
  ...defaultSettings(),
  enabledByDefault: false,
  siteExceptions: ['example.com'],
  hoverDelayMs: 900,
};

function problemKeys(text: string): string[] {
  const result = parseSettingsFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems.map((p) => p.key);
}

describe('settings file', () => {
  it('round-trips an export', () => {
    expect(parseSettingsFile(serializeSettingsFile(custom))).toEqual({ ok: true, settings: custom });
  });

  it('refuses a file that is not JSON, not an object or not ours', () => {
    expect(problemKeys('{ nope')).toEqual(['(file)']);
    expect(problemKeys('[1,2]')).toEqual(['(file)']);
    expect(problemKeys(JSON.stringify({ ...custom }))).toEqual(['format']);
  });

  it('refuses the whole file for a single bad value, unknown key or missing key', () => {
    const good = JSON.parse(serializeSettingsFile(custom)) as Record<string, unknown>;
    expect(problemKeys(JSON.stringify({ ...good, hoverDelayMs: 99_999 }))).toEqual(['hoverDelayMs']);
    expect(problemKeys(JSON.stringify({ ...good, siteExceptions: ['example.com', 'bad site'] }))).toEqual([
      'siteExceptions',
    ]);
    expect(problemKeys(JSON.stringify({ ...good, extra: 1 }))).toEqual(['extra']);
    const { showBadge: _gone, ...partial } = good;
    expect(problemKeys(JSON.stringify(partial))).toEqual(['showBadge']);
  });
});
