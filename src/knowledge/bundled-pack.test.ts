/**
 * The bundled pack (public/knowledge.json): valid, complete, sourced, and its aliases follow the
 * guidance in docs/knowledge-pack.md and cover the names as the seed article writes them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aliasRule, isIsoDate, type Pack } from './schema';
import { aliasText, formatProblem, parsePackText } from './validate';

const PACK_TEXT = readFileSync(new URL('../../public/knowledge.json', import.meta.url), 'utf8');
/** Shared research material beside the repository (read at run time, never copied in). */
const SEED_ARTICLE = new URL('../../../shared/seed-article.txt', import.meta.url);

const REQUIRED_ENTITY_IDS = [
  'scott-bessent',
  'he-lifeng',
  'donald-trump',
  'xi-jinping',
  'jamieson-greer',
  'howard-lutnick',
  'li-chenggang',
  'wang-wentao',
  'jd-vance',
  'jensen-huang',
  'shou-zi-chew',
  'zhang-yiming',
  'larry-ellison',
  'tiktok',
  'bytedance',
  'nvidia',
  'oracle',
  'silver-lake',
  'mgx',
  'us-treasury',
  'ustr',
  'mofcom',
  'samr',
  'cfius',
  'pafaca',
  'madrid',
];
const REQUIRED_DEADLINE_IDS = [
  'tiktok-divestiture',
  'tariff-truce',
  'rare-earth-controls',
  'gallium-germanium-antimony-ban',
];

/** Surnames that collide with common words or other people: only after the full name. */
const SURNAMES_AFTER_FULL_NAME = ['Li', 'Wang', 'Zhang', 'Huang', 'Chew', 'Ellison'];

/** Entities the seed article names, and how it writes them (its own wording, checked at run time). */
const SEED_MENTIONS: Record<string, string[]> = {
  'scott-bessent': ['Scott Bessent', 'Bessent'],
  'he-lifeng': ['He Lifeng'],
  madrid: ['Madrid'],
  tiktok: ['TikTok'],
  bytedance: ['ByteDance'],
  'donald-trump': ['Donald Trump', 'Trump'],
  nvidia: ['Nvidia'],
  'xi-jinping': ['Xi Jinping'],
  mofcom: ['China\u2019s commerce ministry'],
};

function loadPack(): Pack {
  const result = parsePackText(PACK_TEXT);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.pack;
}

function aliasTexts(pack: Pack, id: string): string[] {
  const entity = pack.entities.find((candidate) => candidate.id === id);
  return entity ? entity.aliases.map((alias) => aliasText(aliasRule(alias).text)) : [];
}

describe('bundled knowledge pack', () => {
  it('validates with no problems', () => {
    const result = parsePackText(PACK_TEXT);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('has the pack id, schema version and check date', () => {
    const pack = loadPack();
    expect(pack.schemaVersion).toBe(1);
    expect(pack.id).toBe('us-china-trade-tech');
    expect(pack.asOf).toBe('2026-11-29');
  });

  it('contains every required entity and deadline', () => {
    const pack = loadPack();
    const entityIds = new Set(pack.entities.map((entity) => entity.id));
    const deadlineIds = new Set(pack.deadlines.map((deadline) => deadline.id));
    expect(REQUIRED_ENTITY_IDS.filter((id) => !entityIds.has(id))).toEqual([]);
    expect(REQUIRED_DEADLINE_IDS.filter((id) => !deadlineIds.has(id))).toEqual([]);
  });

  it('dates every fact and timeline entry with an ISO day and sources it to an https page', () => {
    const pack = loadPack();
    const sourced = [
      ...pack.entities.flatMap((entity) =>
        entity.facts.map((fact) => ({ date: fact.asOf, source: fact.source })),
      ),
      ...pack.deadlines.flatMap((deadline) => deadline.timeline),
    ];
    expect(sourced.length).toBeGreaterThan(100);
    for (const { date, source } of sourced) {
      expect(isIsoDate(date), date).toBe(true);
      expect(new URL(source).protocol, source).toBe('https:');
    }
  });

  it('names the publisher of every fact and timeline source', () => {
    const pack = loadPack();
    const unnamed = [
      ...pack.entities.flatMap((entity) =>
        entity.facts.filter((fact) => !fact.publisher).map((fact) => `${entity.id}: ${fact.source}`),
      ),
      ...pack.deadlines.flatMap((deadline) =>
        deadline.timeline
          .filter((entry) => !entry.publisher)
          .map((entry) => `${deadline.id}: ${entry.source}`),
      ),
    ];
    expect(unnamed).toEqual([]);
  });

  it('says plainly that it holds nothing after a passed deadline it has no news of', () => {
    const pack = loadPack();
    for (const deadline of pack.deadlines) {
      const last = deadline.timeline.at(-1)?.date ?? '';
      if (deadline.status === 'resolved' || deadline.due > pack.asOf || last >= deadline.due) continue;
      expect(deadline.summary, deadline.id).toMatch(/The pack holds nothing after \d{1,2} \w+ \d{4}/);
    }
  });

  it('gives every entity 3 to 6 facts', () => {
    for (const entity of loadPack().entities) {
      expect(entity.facts.length, entity.id).toBeGreaterThanOrEqual(3);
      expect(entity.facts.length, entity.id).toBeLessThanOrEqual(6);
    }
  });

  it('lists "He" only as He Lifeng\'s surname after his full name, and never the unknown analyst', () => {
    const pack = loadPack();
    const he = pack.entities.flatMap((entity) =>
      entity.aliases
        .map(aliasRule)
        .filter((rule) => rule.text.toLowerCase() === 'he')
        .map((rule) => [entity.id, rule.afterFullName]),
    );
    expect(he).toEqual([['he-lifeng', true]]);
    const texts = pack.entities.flatMap((entity) => entity.aliases.map((alias) => aliasRule(alias).text));
    expect(texts.filter((text) => /messer/i.test(text))).toEqual([]);
  });

  it('lets colliding surnames count only after the full name', () => {
    const pack = loadPack();
    for (const entity of pack.entities) {
      for (const alias of entity.aliases) {
        const rule = aliasRule(alias);
        if (SURNAMES_AFTER_FULL_NAME.includes(rule.text))
          expect(rule.afterFullName, `${entity.id}: ${rule.text}`).toBe(true);
      }
    }
  });

  it('keeps only vetoes about the entity itself on Latin-script aliases, none naming another person or thing', () => {
    const pack = loadPack();
    // Han-script aliases (han.ts, matched without word spaces) have their own rules.
    const rules = pack.entities
      .flatMap((entity) => entity.aliases.map(aliasRule))
      .filter((rule) => !/\p{Script=Han}/u.test(rule.text));
    // Names inside names, namesakes and other countries' bodies are recognition's job (names-structure.ts).
    expect(rules.flatMap((rule) => rule.notPrecededBy ?? [])).toEqual([]);
    expect(rules.flatMap((rule) => rule.notInSentenceWith ?? [])).toEqual([]);
    const followers = rules.flatMap((rule) => rule.notFollowedBy ?? []);
    expect(followers.filter((word) => word !== word.toLowerCase())).toEqual([]);
    const rule = (id: string, text: string) =>
      pack.entities
        .find((entity) => entity.id === id)
        ?.aliases.map(aliasRule)
        .find((candidate) => candidate.text === text);
    expect(rule('donald-trump', 'Trump')?.notFollowedBy).toEqual(['card', 'cards']);
    expect(rule('us-treasury', 'Treasury')?.notFollowedBy).toEqual(
      expect.arrayContaining(['yields', 'bonds', 'bills', 'securities', 'debt']),
    );
  });

  it('has an alias for each name as the seed article writes it', () => {
    const article = readFileSync(SEED_ARTICLE, 'utf8');
    const pack = loadPack();
    for (const [id, mentions] of Object.entries(SEED_MENTIONS)) {
      const aliases = aliasTexts(pack, id);
      for (const mention of mentions) {
        expect(article.includes(mention), `seed article writes "${mention}"`).toBe(true);
        expect(aliases, id).toContain(aliasText(mention));
      }
    }
  });

  it('ends every deadline timeline by the pack date and shows a move for each extended deadline', () => {
    const pack = loadPack();
    for (const deadline of pack.deadlines) {
      const last = deadline.timeline.at(-1);
      expect(last && last.date <= pack.asOf, deadline.id).toBe(true);
      if (deadline.status === 'extended')
        expect(deadline.timeline.length, deadline.id).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('bundled pack: Chinese names and translations', () => {
  const parsed = parsePackText(PACK_TEXT);
  const chinesePack = parsed.ok ? parsed.pack : undefined;
  const HAN = /\p{Script=Han}/u;
  /** Entities whose Chinese-language sources write only the Latin name (MGX, ＭＧＸ). */
  const LATIN_ONLY_IN_CHINESE = new Set(['mgx']);

  it('gives every Han alias a language tag and the https page it was read on', () => {
    const missing: string[] = [];
    for (const entity of chinesePack?.entities ?? []) {
      for (const alias of entity.aliases.map(aliasRule)) {
        if (HAN.test(alias.text) && (alias.lang === undefined || alias.source === undefined)) {
          missing.push(`${entity.id}: ${alias.text}`);
        }
      }
    }
    expect(chinesePack).toBeDefined();
    expect(missing).toEqual([]);
  });

  it('names every entity but MGX in Chinese, and translates every description into zh-Hans and zh-Hant', () => {
    const withoutHan: string[] = [];
    const untranslated: string[] = [];
    for (const entity of chinesePack?.entities ?? []) {
      const hasHan = entity.aliases.some((alias) => HAN.test(aliasRule(alias).text));
      if (!hasHan && !LATIN_ONLY_IN_CHINESE.has(entity.id)) withoutHan.push(entity.id);
      const translations = entity.translations ?? {};
      for (const tag of ['zh-Hans', 'zh-Hant']) {
        if (!HAN.test(translations[tag]?.description ?? '')) untranslated.push(`${entity.id} ${tag}`);
      }
    }
    expect(withoutHan).toEqual([]);
    expect(untranslated).toEqual([]);
  });
});
