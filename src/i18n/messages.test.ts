import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countRef, fillMessage, type MessagesFile, translateRef, translatorFor } from './messages';

const LOCALES = join(import.meta.dirname, '../../_locales');
const read = (locale: string) =>
  JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as MessagesFile;

describe('fillMessage', () => {
  it('fills named placeholders and $1…$9 as the browsers do', () => {
    const entry = {
      message: 'Due $DATE$ ($WHEN$) costs $$5',
      placeholders: { date: { content: '$1' }, when: { content: '$2' } },
    };
    expect(fillMessage(entry, ['Nov 10', 'in 3 days'])).toBe('Due Nov 10 (in 3 days) costs $5');
    expect(translatorFor({ a: { message: 'x' } })('nope' as never)).toBe('');
  });
});

describe('_locales', () => {
  const english = read('en');

  it('describes every English message and defines every placeholder it uses', () => {
    for (const [key, entry] of Object.entries(english)) {
      expect(entry.description, key).toBeTruthy();
      const used = new Set(
        [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]?.toLowerCase()),
      );
      expect(new Set(Object.keys(entry.placeholders ?? {})), key).toEqual(used);
      expect(key, 'Chrome message names: ASCII letters, digits and _').toMatch(/^[A-Za-z0-9_]+$/);
    }
  });

  it('gives every other language the same messages and placeholders as English', () => {
    for (const locale of readdirSync(LOCALES).filter((l) => l !== 'en')) {
      const other = read(locale);
      expect(Object.keys(other).sort(), locale).toEqual(Object.keys(english).sort());
      for (const [key, entry] of Object.entries(other)) {
        expect(Object.keys(entry.placeholders ?? {}).sort(), `${locale} ${key}`).toEqual(
          Object.keys(english[key]?.placeholders ?? {}).sort(),
        );
      }
    }
  });
});

describe('countRef', () => {
  const en = translatorFor(read('en'));
  const zh = translatorFor(read('zh_CN'));
  const ENTITIES = { one: 'packsEntitiesOne', other: 'packsEntitiesOther' } as const;

  it('picks the message by the locale’s plural rule and writes the number in the locale', () => {
    expect(translateRef(en, countRef(1, ENTITIES, 'en'))).toBe('1 entity');
    expect(translateRef(en, countRef(0, ENTITIES, 'en'))).toBe('0 entities');
    expect(translateRef(en, countRef(10_000, ENTITIES, 'en'))).toBe('10,000 entities');
    expect(countRef(1, ENTITIES, 'zh-CN')).toEqual({ key: 'packsEntitiesOther', values: ['1'] });
    expect(translateRef(zh, countRef(10_000, ENTITIES, 'zh-CN'))).toBe('10,000 个条目');
  });
});
