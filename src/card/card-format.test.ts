import { describe, expect, it } from 'vitest';
import { english } from '../../tests/support/english';
import {
  asOfLabel,
  entityTypeLabel,
  formatIsoDay,
  isoDayToUtcDate,
  knowledgeAsOfLabel,
  sourceLink,
  wikidataLink,
} from './card-format';

describe('sourceLink', () => {
  it('labels http(s) links by hostname without www', () => {
    expect(sourceLink('https://www.reuters.com/world/a-b')).toEqual({
      href: 'https://www.reuters.com/world/a-b',
      label: 'reuters.com',
    });
    expect(sourceLink('http://ustr.gov/x')?.label).toBe('ustr.gov');
  });

  it('refuses other schemes and junk', () => {
    expect(sourceLink('javascript:alert(1)')).toBeUndefined();
    expect(sourceLink('data:text/html,<b>x</b>')).toBeUndefined();
    expect(sourceLink('file:///etc/passwd')).toBeUndefined();
    expect(sourceLink('not a url')).toBeUndefined();
    expect(sourceLink('')).toBeUndefined();
  });
});

describe('wikidataLink', () => {
  it('builds the Wikidata page URL for a QID', () => {
    expect(wikidataLink('Q42')).toEqual({ href: 'https://www.wikidata.org/wiki/Q42', label: 'Wikidata Q42' });
  });

  it('rejects anything that is not a QID', () => {
    expect(wikidataLink(undefined)).toBeUndefined();
    expect(wikidataLink('Q0')).toBeUndefined();
    expect(wikidataLink('Q42/../../evil')).toBeUndefined();
    expect(wikidataLink('P31')).toBeUndefined();
  });
});

describe('dates', () => {
  it('formats an ISO day without shifting it across time zones', () => {
    expect(formatIsoDay('2025-06-01', 'en-US')).toBe('Jun 1, 2025');
    expect(formatIsoDay('2025-12-31', 'en-GB')).toBe('31 Dec 2025');
  });

  it('returns the input unchanged when it is not a real day', () => {
    expect(formatIsoDay('2025-02-30', 'en-US')).toBe('2025-02-30');
    expect(isoDayToUtcDate('yesterday')).toBeUndefined();
  });

  it('falls back to en-US for an invalid locale', () => {
    expect(formatIsoDay('2025-06-01', 'not_a_locale!!')).toBe('Jun 1, 2025');
  });

  it('builds the card labels', () => {
    expect(asOfLabel('2025-06-01', 'en-US', english)).toBe('as of Jun 1, 2025');
    expect(knowledgeAsOfLabel('2025-11-01', 'en-US', english)).toBe('Knowledge as of Nov 1, 2025');
  });
});

describe('entityTypeLabel', () => {
  it('names each entity type', () => {
    expect(entityTypeLabel('person', english)).toBe('Person');
    expect(entityTypeLabel('law', english)).toBe('Law');
    expect(entityTypeLabel('organization', english)).toBe('Organization');
  });
});
