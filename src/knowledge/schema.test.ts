import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isIsoDate, type Pack } from './schema';
import { formatProblem, validatePack } from './validate';

const VALID_TEXT = readFileSync(
  new URL('../../tests/fixtures/packs/valid-minimal.json', import.meta.url),
  'utf8',
);

describe('isIsoDate', () => {
  it('accepts days that exist and rejects those that do not', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
  });
});

describe('publisher on facts and timeline entries', () => {
  /** The minimal valid pack with `publisher` set on its first fact and first timeline entry. */
  function packWithPublisher(publisher: unknown): unknown {
    const pack = JSON.parse(VALID_TEXT) as Pack;
    const fact = pack.entities[0]?.facts[0] as Record<string, unknown>;
    const entry = pack.deadlines[0]?.timeline[0] as Record<string, unknown>;
    fact.publisher = publisher;
    entry.publisher = publisher;
    return pack;
  }

  it('is optional and kept when present', () => {
    expect(validatePack(JSON.parse(VALID_TEXT)).ok).toBe(true);
    const result = validatePack(packWithPublisher('Federal Register'));
    expect(result.ok && result.pack.entities[0]?.facts[0]?.publisher).toBe('Federal Register');
    expect(result.ok && result.pack.deadlines[0]?.timeline[0]?.publisher).toBe('Federal Register');
  });

  it('must be a non-empty string', () => {
    const lines = (value: unknown) => {
      const result = validatePack(packWithPublisher(value));
      return result.ok ? [] : result.problems.map(formatProblem);
    };
    expect(lines('  ')).toEqual([
      'entities[0].facts[0].publisher: must not be empty',
      'deadlines[0].timeline[0].publisher: must not be empty',
    ]);
    expect(lines(7)).toEqual([
      'entities[0].facts[0].publisher: must be a string',
      'deadlines[0].timeline[0].publisher: must be a string',
    ]);
  });
});
