/**
 * Person titles (person-titles.ts): a bare pack surname after a person title the pack person never
 * held names someone else, even on a story page ("Judge Greer", "Dr. Huang"); a title among the
 * person's roles (pack data) keeps the person ("Senator Vance"), as do the office titles of the
 * story ("President Trump", "Vice Premier He") and a full name after any title.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../knowledge/schema';
import { parsePackText } from '../knowledge/validate';
import { compileRecognizer } from './index';
import { PERSON_TITLE_WORDS, personTitle, titleNotHeld, titlesHeld } from './person-titles';

function bundledPack(): Pack {
  const result = parsePackText(readFileSync(new URL('../../public/knowledge.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error('bundled pack invalid');
  return result.pack;
}

const pack = bundledPack();
const full = compileRecognizer(pack);
const roleless = compileRecognizer({ ...pack, entities: pack.entities.map(({ roles: _r, ...e }) => e) });
/** A story page: every sentence after it is read with strong page evidence. */
const STORY =
  'Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer met Vice Premier He Lifeng in ' +
  'Kuala Lumpur for trade talks on tariffs and rare earths. Vice President JD Vance, Commerce Secretary ' +
  "Howard Lutnick and Nvidia's Jensen Huang spoke about export controls; Donald Trump met Xi Jinping.\n";
const found = (text: string, recognizer = full) =>
  recognizer
    .recognize(text)
    .filter((m) => m.start >= STORY.length)
    .map((m) => [m.entity.replace(/^.*\//, ''), m.text]);

/** One-word aliases of pack persons, with their entity ids ("He" is left to the pronoun rules). */
const bareNames = pack.entities.flatMap((e) =>
  e.type !== 'person'
    ? []
    : e.aliases
        .map((a) => (typeof a === 'string' ? a : a.text))
        .filter((text) => /^\p{Lu}\p{Ll}+$/u.test(text) && text !== 'He')
        .map((text) => ({ text, id: e.id, held: titlesHeld(e) })),
);
const fullNames = pack.entities.flatMap((e) => (e.type !== 'person' ? [] : [{ text: e.name, id: e.id }]));
const capitalized = (word: string) => (word[0] as string).toUpperCase() + word.slice(1);
const titleWord = (text: string) => ({
  start: 0,
  end: text.length,
  folded: text.toLowerCase(),
  shape: text === text.toLowerCase() ? ('lower' as const) : ('capitalized' as const),
  possessive: text.endsWith("'s"),
});

describe('person titles on a story page', () => {
  it('drops a bare surname after a title its pack person never held', () => {
    expect(found(`${STORY}In another case, Judge Greer ruled the contract void.`)).toEqual([]);
    expect(found(`${STORY}Dr. Huang, a cardiologist, said the clinic will open.`)).toEqual([]);
    expect(found(`${STORY}Rep. Huang objected. Professor Bessent lectured.`)).toEqual([]);
    expect(found(`${STORY}Coach Vance praised his players. Bishop Trump led the service.`)).toEqual([]);
  });
  it("keeps a title among the person's roles, the story's office titles and full names", () => {
    expect(found(`${STORY}Senator Vance once opposed the aid. Sen. Vance voted.`)).toEqual([
      ['jd-vance', 'Vance'],
      ['jd-vance', 'Vance'],
    ]);
    // "Rep." also abbreviates the last word of Greer's role, Trade Representative.
    expect(found(`${STORY}Trade Rep. Greer said the talks went well. Greer left.`)).toEqual([
      ['jamieson-greer', 'Greer'],
      ['jamieson-greer', 'Greer'],
    ]);
    expect(found(`${STORY}Ambassador Greer said the talks went well. President Trump agreed.`)).toEqual([
      ['jamieson-greer', 'Greer'],
      ['donald-trump', 'Trump'],
    ]);
    expect(found(`${STORY}Vice Premier He spoke. Judge Jamieson Greer is the full name.`)).toEqual([
      ['he-lifeng', 'Vice Premier He'],
      ['jamieson-greer', 'Jamieson Greer'],
    ]);
  });
  it('reads "Senator Vance" as Vance only by his roles in the pack', () => {
    expect(found(`${STORY}Senator Vance once opposed the aid.`, roleless)).toEqual([]);
  });
  it('reads titles as written: abbreviations, capitals, not lower case or possessives', () => {
    const word = titleWord;
    expect(personTitle(word('Dr.'))).toBe('doctor');
    expect(personTitle(word('Rep.'))).toBe('congressman');
    expect(personTitle(word('judge'))).toBeUndefined();
    expect(personTitle(word("Judge's"))).toBeUndefined();
    expect(personTitle(word('President'))).toBeUndefined();
    expect(titlesHeld({ roles: [{ title: 'Sen.', source: 'https://example.org/' }] })).toEqual(
      new Set(['senator', 'sen']),
    );
  });
});

describe('person title properties', () => {
  it('for any person title not among its roles, "<Title> <Surname>" on a story page is never that entity', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.constantFrom(...PERSON_TITLE_WORDS), fc.constantFrom(...bareNames), (title, name) => {
        fc.pre(titleNotHeld(titleWord(capitalized(title)), name.held));
        const said = (before: string) =>
          `${STORY}Later, ${before}${name.text} said the hearing would resume.`;
        const at = (text: string) => text.lastIndexOf(name.text);
        const idsAt = (text: string) =>
          full
            .recognize(text)
            .filter((m) => m.start === at(text))
            .map((m) => m.entity.replace(/^.*\//, ''));
        // Only names the story page keeps bare say anything: the title alone must take them away.
        fc.pre(idsAt(said('')).includes(name.id));
        checked++;
        expect(idsAt(said(`${capitalized(title)} `))).not.toContain(name.id);
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(100);
  });
  it('adding a person title before a full name never removes its match', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERSON_TITLE_WORDS), fc.constantFrom(...fullNames), (title, name) => {
        const plain = `${STORY}Later, ${name.text} said the hearing would resume.`;
        const titled = `${STORY}Later, ${capitalized(title)} ${name.text} said the hearing would resume.`;
        const ids = (text: string) => found(text).map(([id]) => id);
        expect(ids(plain)).toContain(name.id);
        expect(ids(titled)).toEqual(ids(plain));
      }),
      { numRuns: 200 },
    );
  });
});
