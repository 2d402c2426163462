import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRecognizer } from '../recognition/index';
import { type LexiconEntity, mergeLexicons, type PackLexicon, resolveRefs } from './merge';
import { type Alias, aliasRule } from './schema';
import { aliasKey } from './validate';

function entity(id: string, aliases: Alias[], type: LexiconEntity['type'] = 'organization'): LexiconEntity {
  return { id, name: id, type, aliases };
}

const story: PackLexicon = {
  pack: 'story',
  entities: [entity('bis', ['BIS', 'Bureau of Industry and Security']), entity('acme', ['Acme Corp'])],
};
const banks: PackLexicon = {
  pack: 'banks',
  entities: [entity('bis', ['BIS', 'Bank for International Settlements']), entity('ecb', ['ECB'])],
};

describe('mergeLexicons — ids', () => {
  it('qualifies every entity with its pack id, so equal entity ids never clash', () => {
    const { pack } = mergeLexicons([story, banks]);
    expect(pack.entities.map((e) => e.id)).toEqual(['story/bis', 'story/acme', 'banks/bis', 'banks/ecb']);
  });
});

describe('mergeLexicons — product words', () => {
  it("carries an organization's own product words (productWords) through the lexicon to recognition", () => {
    const source = 'https://example.com/shop';
    const shop: PackLexicon = {
      pack: 'apps',
      entities: [{ ...entity('tiktok', ['TikTok']), productWords: [{ text: 'Shop', source }] }],
    };
    const { pack } = mergeLexicons([shop]);
    expect(pack.entities[0]?.productWords).toEqual([{ text: 'Shop', source }]);
    const found = compileRecognizer(pack).recognize('Sellers joined the TikTok Shop program.');
    expect(found.map((m) => [m.entity, m.text])).toEqual([['apps/tiktok', 'TikTok']]);
  });
});

describe('mergeLexicons — two packs list the same alias', () => {
  it('the pack higher in the reader list keeps it; the lower one yields it (and keeps its others)', () => {
    const { pack, yielded } = mergeLexicons([story, banks]);
    expect(pack.entities.find((e) => e.id === 'banks/bis')?.aliases).toEqual([
      'Bank for International Settlements',
    ]);
    expect(yielded).toEqual([{ entity: 'banks/bis', alias: 'BIS', keptBy: 'story/bis' }]);
    // Two other names on the page: an acronym alone needs them (recognition/acronyms.ts).
    const found = compileRecognizer(pack)
      .recognize('Acme Corp heard it. BIS said so, and the Bank for International Settlements agreed.')
      .map((m) => m.entity);
    expect(found).toEqual(['story/acme', 'story/bis', 'banks/bis']);
  });

  it('reordering the packs hands the alias to the other pack', () => {
    const { pack, yielded } = mergeLexicons([banks, story]);
    expect(yielded).toEqual([{ entity: 'story/bis', alias: 'BIS', keptBy: 'banks/bis' }]);
    const found = compileRecognizer(pack)
      .recognize('Acme Corp heard it. BIS said so, and the Bank for International Settlements agreed.')
      .map((m) => m.entity);
    expect(found).toEqual(['story/acme', 'banks/bis', 'banks/bis']);
  });

  it('compares texts as the pack checker does: letter case and curly apostrophes do not matter', () => {
    const a: PackLexicon = { pack: 'a', entities: [entity('x', ["O'Neil Group"])] };
    const b: PackLexicon = { pack: 'b', entities: [entity('y', ['O’NEIL GROUP'])] };
    expect(mergeLexicons([a, b]).yielded).toEqual([{ entity: 'b/y', alias: 'O’NEIL GROUP', keptBy: 'a/x' }]);
  });

  it('keeps every claim when all are marked ambiguous: context settles each mention', () => {
    const a: PackLexicon = {
      pack: 'a',
      entities: [entity('apple-inc', ['Apple Inc', { text: 'Apple', ambiguous: true }])],
    };
    const b: PackLexicon = {
      pack: 'b',
      entities: [entity('apple-corps', ['Apple Corps', { text: 'Apple', ambiguous: true }])],
    };
    const { pack, yielded } = mergeLexicons([a, b]);
    expect(yielded).toEqual([]);
    const mentions = compileRecognizer(pack).recognize(
      'Apple Corps sued. Later Apple settled. Apple Inc said. Apple agreed.',
    );
    expect(mentions.map((m) => [m.entity, m.text])).toEqual([
      ['b/apple-corps', 'Apple Corps'],
      ['b/apple-corps', 'Apple'],
      ['a/apple-inc', 'Apple Inc'],
      ['a/apple-inc', 'Apple'],
    ]);
  });

  it('pack order decides when only one side is marked ambiguous', () => {
    const a: PackLexicon = { pack: 'a', entities: [entity('x', ['Apple'])] };
    const b: PackLexicon = { pack: 'b', entities: [entity('y', [{ text: 'Apple', ambiguous: true }])] };
    expect(mergeLexicons([b, a]).yielded).toEqual([{ entity: 'a/x', alias: 'Apple', keptBy: 'b/y' }]);
  });
});

describe('resolveRefs', () => {
  const known = new Set(['story/bis', 'banks/ecb']);
  it('qualifies bare ids with the pack, keeps qualified ones, and sets apart what is not loaded', () => {
    expect(
      resolveRefs('story', ['bis', 'banks/ecb', 'banks/fed', 'gone', 'bis'], (id) => known.has(id)),
    ).toEqual({
      ids: ['story/bis', 'banks/ecb'],
      missing: ['banks/fed', 'gone'],
    });
  });
});

/** Lexicons over a tiny alias vocabulary, so packs often share names. */
const WORDS = ['Alpha', 'Beta', 'Gamma', 'Delta Co', 'ALPHA'];
const aliasArb = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.record({ text: fc.constantFrom(...WORDS), ambiguous: fc.boolean() }),
);
const lexiconsArb = fc
  .array(
    fc.array(
      fc.uniqueArray(aliasArb, { minLength: 1, maxLength: 3, selector: (a) => aliasKey(aliasRule(a).text) }),
      { minLength: 1, maxLength: 3 },
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((packs) =>
    packs.map(
      (entities, p): PackLexicon => ({
        pack: `p${p}`,
        entities: entities.map((aliases, e) => entity(`e${e}`, aliases)),
      }),
    ),
  );

describe('mergeLexicons — properties', () => {
  it('every alias is kept or yielded to an earlier pack; a contested text stays in one pack unless all claims are ambiguous', () => {
    fc.assert(
      fc.property(lexiconsArb, (lexicons) => {
        const { pack, yielded } = mergeLexicons(lexicons);
        const before = lexicons.reduce((n, l) => n + l.entities.reduce((m, e) => m + e.aliases.length, 0), 0);
        const after = pack.entities.reduce((n, e) => n + e.aliases.length, 0);
        expect(after + yielded.length).toBe(before);
        const layerOf = (id: string) => Number(id.slice(1, id.indexOf('/')));
        for (const y of yielded) expect(layerOf(y.keptBy)).toBeLessThan(layerOf(y.entity));
        const packsByText = new Map<string, Set<number>>();
        const ambiguousByText = new Map<string, boolean>();
        for (const e of pack.entities) {
          for (const alias of e.aliases) {
            const rule = aliasRule(alias);
            const key = aliasKey(rule.text);
            packsByText.set(key, (packsByText.get(key) ?? new Set()).add(layerOf(e.id)));
            ambiguousByText.set(key, (ambiguousByText.get(key) ?? true) && rule.ambiguous === true);
          }
        }
        for (const [key, layers] of packsByText) {
          if (layers.size > 1) expect(ambiguousByText.get(key)).toBe(true);
        }
      }),
    );
  });
});

describe('mergeLexicons — story words', () => {
  it('joins the enabled packs’ story words (evidence for weak aliases of every pack)', () => {
    const a: PackLexicon = { pack: 'a', entities: [], storyWords: ['tariffs', 'export controls'] };
    const b: PackLexicon = { pack: 'b', entities: [], storyWords: ['export controls', 'Entity List'] };
    expect(mergeLexicons([a, b]).pack.storyWords).toEqual(['tariffs', 'export controls', 'Entity List']);
    expect(mergeLexicons([{ pack: 'c', entities: [] }]).pack.storyWords).toBeUndefined();
  });
});
