import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticPack } from '../../scripts/lib/synthetic-pack';
import { loadFixturePack, testEntity, testPack } from '../../tests/support/test-pack';
import { lexiconOf, mergeLexicons } from '../knowledge/merge';
import { aliasRule, type Pack } from '../knowledge/schema';
import { parsePackText } from '../knowledge/validate';
import { type AliasEntry, compileAliases } from './aliases';
import { charTables } from './chars';
import { compileRecognizer } from './index';
import { patternFacts } from './pattern-facts';
import { compileWithSnapshot, entityNamesOf, restoreRecognizer } from './snapshot';
import { charTablesFromStored, storedCharTables } from './snapshot-chars';
import { toColumn } from './snapshot-columns';
import { entryTableFromColumns } from './snapshot-entries';
import { widened } from './snapshot-units';

function bundledPack(): Pack {
  const result = parsePackText(readFileSync(new URL('../../public/knowledge.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error('bundled pack invalid');
  return result.pack;
}

const FILLER = [
  'the',
  'said',
  'on',
  'Monday',
  'and',
  'talks',
  'in',
  'He',
  'The',
  '北京',
  '说',
  'TRADE',
  '—',
  "'s",
];

/** Texts made of a pack's alias texts (as written, upper, lower) and filler, with mixed spacing. */
function textArb(pack: Pack): fc.Arbitrary<string> {
  const aliases = pack.entities.flatMap((e) => e.aliases.map((a) => aliasRule(a).text)).slice(0, 400);
  const word = fc.oneof(
    fc.constantFrom(...aliases),
    fc.constantFrom(...aliases).map((a) => a.toUpperCase()),
    fc.constantFrom(...aliases).map((a) => a.toLowerCase()),
    fc.constantFrom(...FILLER),
  );
  const gap = fc.constantFrom(' ', ' ', ', ', '. ', '\n', '  ', '');
  return fc
    .array(fc.tuple(word, gap), { maxLength: 40 })
    .map((parts) => parts.map(([w, g]) => w + g).join(''));
}

/** The pack as plain data: a restored entity reads its id, name and aliases when they are first read. */
function plain(pack: Pack | undefined): Pack | undefined {
  return (
    pack && {
      ...pack,
      entities: pack.entities.map((e) => ({ ...e, id: e.id, name: e.name, aliases: e.aliases })),
    }
  );
}

function roundTrips(pack: Pack, runs: number): void {
  const { snapshot } = compileWithSnapshot(pack);
  // Stored and read back, as IndexedDB would (structured clone).
  const restored = restoreRecognizer(structuredClone(snapshot), entityNamesOf(pack));
  expect(plain(restored?.pack)).toEqual(pack);
  const fresh = compileRecognizer(pack);
  fc.assert(
    fc.property(textArb(pack), (text) => {
      expect(restored?.recognizer.recognize(text)).toEqual(fresh.recognize(text));
    }),
    { numRuns: runs },
  );
}

// Property runs compile packs again and again; the unit project's 300 s deadline (a hang deadline,
// vitest.config.ts) applies: a per-file 60 s one failed once at load 15, where the run took 6x longer.
describe('recognizer snapshots', () => {
  it('a restored recognizer finds the same mentions as a fresh compile — fixture pack', () => {
    roundTrips(loadFixturePack(), 200);
  });

  it('… the bundled pack (Latin and Chinese aliases, rules, titles)', () => {
    roundTrips(bundledPack(), 200);
  });

  it('… a 1,000-entity synthetic pack', () => {
    roundTrips(syntheticPack(1_000), 60);
  });

  it('… the merged lexicon of two packs, as the background caches it (fixed texts)', () => {
    const synthetic = syntheticPack(1_000);
    const { pack } = mergeLexicons([lexiconOf(bundledPack()), lexiconOf(synthetic)]);
    const { snapshot } = compileWithSnapshot(pack);
    const restored = restoreRecognizer(structuredClone(snapshot), entityNamesOf(pack));
    expect(plain(restored?.pack)).toEqual(pack);
    const fresh = compileRecognizer(pack);
    const named = synthetic.entities[7];
    const texts = [
      'Treasury Secretary Scott Bessent met Vice Premier He Lifeng in Kuala Lumpur; Bessent said the talks went well.',
      `${named?.name} and NVIDIA shares fell after the Commerce Department tightened export controls on chips.`,
      '美国财政部长贝森特与国务院副总理何立峰在吉隆坡举行经贸磋商。',
      'The TikTok law set a deadline; ByteDance and Oracle talked, and Trump extended it again.',
      // Kept by the Treasury's confirming word (confirming-words.ts), which the snapshot carries.
      'Treasury stated that OFAC designated ten companies.',
      // Vance kept after a title among his roles (person-titles.ts), which the snapshot carries.
      'JD Vance and Jamieson Greer discussed tariffs on China. Senator Vance spoke; Judge Greer ruled.',
    ];
    for (const text of texts) expect(restored?.recognizer.recognize(text)).toEqual(fresh.recognize(text));
    const entities = restored?.recognizer.recognize(texts[0] ?? '').map((m) => m.entity);
    expect(entities).toEqual([
      'us-china-trade-tech/scott-bessent',
      'us-china-trade-tech/he-lifeng',
      'us-china-trade-tech/kuala-lumpur',
      'us-china-trade-tech/scott-bessent',
    ]);
    expect(restored?.recognizer.recognize(texts[4] ?? '').map((m) => m.entity)).toEqual([
      'us-china-trade-tech/us-treasury',
    ]);
    expect(restored?.recognizer.recognize(texts[5] ?? '').map((m) => m.text)).toEqual([
      'JD Vance',
      'Jamieson Greer',
      'Vance',
    ]);
    expect(restored?.recognizer.recognize(texts[1] ?? '').map((m) => m.entity)[0]).toBe(
      `${synthetic.id}/${named?.id}`,
    );
  });

  it('… a pack whose word aliases have units beyond one byte (stored as 16-bit units)', () => {
    const pack = testPack([
      testEntity('lukasz', 'person', ['Łukasz Wójcik']),
      testEntity('omega', 'organization', ['Ωmega Holdings', 'ΩMEGA']),
      testEntity('dorde', 'person', ['Đorđe Petrović']),
    ]);
    expect(compileWithSnapshot(pack).snapshot.formUnits).toBeInstanceOf(Uint16Array);
    roundTrips(pack, 100);
  });

  it('stores the fold table whole, the normalize changes and the word class runs, and reads them back whole', () => {
    const stored = storedCharTables(charTables());
    expect(stored.foldAt.length + stored.normalizeAt.length + stored.classStarts.length).toBeLessThan(5_000);
    expect(stored.fold.length).toBe(0x10000);
    const read = charTablesFromStored(structuredClone(stored));
    const tables = charTables();
    // Compared as bytes: a 65,536-entry deep equality is slow to report.
    const bytes = (a: ArrayBufferView | undefined) => a && Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    for (const key of ['normalize', 'fold', 'wordClass'] as const)
      expect(bytes(read?.[key])?.equals(bytes(tables[key]) as Buffer), key).toBe(true);
  });

  it('… random small packs', () => {
    const aliasArb = fc.stringMatching(/^[A-Z][a-z]{1,6}( [A-Z][a-z]{1,6})?$/);
    const packArb = fc
      .uniqueArray(aliasArb, { minLength: 1, maxLength: 12 })
      .map((aliases) =>
        testPack(aliases.map((a, i) => testEntity(`e${i}`, i % 2 ? 'person' : 'organization', [a]))),
      );
    fc.assert(
      fc.property(packArb, fc.nat(), (pack, seed) => {
        const { snapshot } = compileWithSnapshot(pack);
        const restored = restoreRecognizer(structuredClone(snapshot), entityNamesOf(pack));
        const text = fc.sample(textArb(pack), { seed, numRuns: 1 })[0] ?? '';
        expect(restored?.recognizer.recognize(text)).toEqual(compileRecognizer(pack).recognize(text));
      }),
      { numRuns: 60 },
    );
  });

  it('restores the entries and pattern facts a compile gives, pattern by pattern', () => {
    const pack = mergeLexicons([lexiconOf(bundledPack()), lexiconOf(syntheticPack(300))]).pack;
    const compiled = compileAliases(pack);
    const snapshot = structuredClone(compileWithSnapshot(pack).snapshot);
    expect(snapshot.formUnits).toBeInstanceOf(Uint8Array); // every unit fits a byte here
    const formUnits = widened(snapshot.formUnits) as Uint16Array;
    const { formEnds } = snapshot;
    const count = compiled.patterns.length;
    const restored = entryTableFromColumns(
      snapshot.entries,
      count,
      pack.entities.length,
      formUnits,
      formEnds,
    );
    const units = (forms: Uint16Array, at: number, length: number) => [...forms.subarray(at, at + length)];
    const plainEntry = ({ forms, formAt, ...entry }: AliasEntry) => ({
      ...entry,
      units: units(forms, formAt ?? 0, entry.asWritten.length * (entry.upper === undefined ? 1 : 2)),
    });
    compiled.entriesByPattern.forEach((entries, p) => {
      expect(restored?.table.entriesOf(p).map(plainEntry)).toEqual(entries.map(plainEntry));
    });
    const facts = patternFacts(compiled.entriesByPattern);
    const got = restored?.facts;
    for (const key of ['soleEntity', 'ruleFree', 'namesFully', 'formLength', 'hasUpper'] as const) {
      expect(got?.[key]).toEqual(facts[key]);
    }
    for (let p = 0; p < count; p++) {
      expect((got?.formAt[p] ?? 0) < 0).toBe((facts.formAt[p] ?? 0) < 0);
      const length = (facts.formLength[p] ?? 0) * ((facts.hasUpper[p] ?? 0) + 1);
      if ((facts.formAt[p] ?? 0) >= 0)
        expect(units(formUnits, got?.formAt[p] ?? 0, length)).toEqual(
          units(facts.formUnits, facts.formAt[p] ?? 0, length),
        );
    }
    const oneWord = compiled.entities.map(() => [] as string[]);
    for (const entries of compiled.entriesByPattern)
      for (const e of entries) if (e.nameWord) oneWord[e.entity]?.push(e.asWritten);
    expect(oneWord.map((_, e) => restored?.table.oneWordPersonAliasesOf(e))).toEqual(oneWord);
  });

  it('refuses what is not a usable snapshot (another format, parts that do not fit)', () => {
    const fixture = loadFixturePack();
    const { snapshot } = compileWithSnapshot(fixture);
    const names = entityNamesOf(fixture);
    const { entries, pack, trie, formUnits } = snapshot;
    expect(restoreRecognizer(undefined, names)).toBeUndefined();
    expect(restoreRecognizer({ ...snapshot, format: 5 }, names)).toBeUndefined();
    expect(
      restoreRecognizer({ ...snapshot, patternCount: snapshot.patternCount + 1 }, names),
    ).toBeUndefined();
    const changedUnit = formUnits.slice();
    changedUnit[0] = (changedUnit[0] ?? 0) + 1;
    expect(restoreRecognizer({ ...snapshot, formUnits: changedUnit }, names)).toBeUndefined();
    const badEntity = { ...entries, entity: entries.entity.map(() => 9999) };
    expect(restoreRecognizer({ ...snapshot, entries: badEntity }, names)).toBeUndefined();
    expect(
      restoreRecognizer({ ...snapshot, entries: { ...entries, flags: entries.flags.subarray(1) } }, names),
    ).toBeUndefined();
    expect(
      restoreRecognizer({ ...snapshot, formEnds: snapshot.formEnds.subarray(1) }, names),
    ).toBeUndefined();
    expect(restoreRecognizer({ ...snapshot, trie: { ...trie, patternState: [] } }, names)).toBeUndefined();
    // The edges' targets follow from the breadth-first numbering; stored ones must be states.
    expect(trie.edgeTarget).toBeUndefined();
    const farTarget = new Uint32Array(trie.edgeUnit.length).fill(trie.stateCount);
    expect(
      restoreRecognizer({ ...snapshot, trie: { ...trie, edgeTarget: farTarget } }, names),
    ).toBeUndefined();
    const oneChildMore = trie.childCounts.map((count, s) => (s === 0 ? count + 1 : count));
    expect(
      restoreRecognizer({ ...snapshot, trie: { ...trie, childCounts: oneChildMore } }, names),
    ).toBeUndefined();
    expect(restoreRecognizer({ ...snapshot, pack: { ...pack, headJson: '{' } }, names)).toBeUndefined();
    expect(
      restoreRecognizer({ ...snapshot, pack: { ...pack, types: pack.types.subarray(1) } }, names),
    ).toBeUndefined();
    const noSuchAlias = {
      wideAt: Uint32Array.of(1_000_000),
      wideTexts: { text: '北', ends: Uint32Array.of(1) },
    };
    expect(restoreRecognizer({ ...snapshot, pack: { ...pack, ...noSuchAlias } }, names)).toBeUndefined();
    const unknownRule = pack.aliasRules.map(() => 1_000);
    expect(
      restoreRecognizer({ ...snapshot, pack: { ...pack, aliasRules: unknownRule } }, names),
    ).toBeUndefined();
    const shortFold = { ...snapshot.chars, fold: snapshot.chars.fold.subarray(1) };
    expect(restoreRecognizer({ ...snapshot, chars: shortFold }, names)).toBeUndefined();
    const { classStarts } = snapshot.chars;
    const runsOutOfOrder = classStarts.map((c, k) => (k === 1 ? (classStarts[2] ?? 0) : c));
    expect(
      restoreRecognizer({ ...snapshot, chars: { ...snapshot.chars, classStarts: runsOutOfOrder } }, names),
    ).toBeUndefined();
    expect(restoreRecognizer({ ...snapshot, chars: undefined }, names)).toBeUndefined();
    // Ids and names that are not those of the snapshot's entities (another entity index).
    const shortIds = { ...names, ids: { ...names.ids, ends: names.ids.ends.subarray(1) } };
    expect(restoreRecognizer({ ...snapshot }, shortIds)).toBeUndefined();
    const otherIds = { ...names, ids: toColumn(fixture.entities.map((e) => `${e.id}x`)) };
    expect(restoreRecognizer({ ...snapshot }, otherIds)).toBeUndefined();
    expect(restoreRecognizer({ ...snapshot }, names)).toBeDefined();
  });
});
