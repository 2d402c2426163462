import { describe, expect, it } from 'vitest';
import type { AliasEntry } from './aliases';
import { foldPhrase } from './chars';
import { sentenceIndex } from './context';
import { chooseEntity, contextAllows, type EntityMarks } from './rules';

function entry(entity: number, rules: Partial<AliasEntry> = {}): AliasEntry {
  // A cast, not a full literal: fields the recognizer adds later default to absent here.
  return {
    entity,
    asWritten: 'Treasury',
    upper: undefined,
    forms: new Uint16Array(),
    afterFullName: false,
    notFollowedBy: [],
    notPrecededBy: [],
    notInSentenceWith: [],
    weak: false,
    anyCase: false,
    nameWord: false,
    ...rules,
  } as AliasEntry;
}

/** Marks for entities 0..3 where `current` hold this call's number (7) and the others an old one (6). */
function marks(current: number[]): EntityMarks {
  const seen = new Uint32Array(4).fill(6);
  for (const entity of current) seen[entity] = 7;
  return { seen, call: 7 };
}

describe('contextAllows', () => {
  const allows = (text: string, e: AliasEntry, fullySeen = marks([]), namedInFull = false) => {
    const start = text.indexOf('Treasury');
    return contextAllows(text, start, start + 8, e, fullySeen, sentenceIndex(text), namedInFull);
  };

  it('takes an entry without rules anywhere', () => {
    expect(allows('Treasury yields rose at the bond market', entry(1))).toBe(true);
  });
  it('takes an after-full-name entry only once the full name was seen in this call, or coreference found it', () => {
    const e = entry(2, { afterFullName: true });
    expect(allows('Treasury said', e)).toBe(false);
    expect(allows('Treasury said', e, marks([1, 3]))).toBe(false);
    expect(allows('Treasury said', e, marks([2]))).toBe(true);
    expect(allows('Treasury said', e, marks([]), true)).toBe(true);
  });
  it('without a word from coreference, an after-full-name entry waits for the full name', () => {
    const text = 'Treasury said';
    const e = entry(2, { afterFullName: true });
    expect(contextAllows(text, 0, 8, e, marks([]), sentenceIndex(text))).toBe(false);
  });
  it('refuses an entry followed or preceded by a listed word', () => {
    const e = entry(1, {
      notFollowedBy: ['bills', 'yields'].map(foldPhrase),
      notPrecededBy: ['us', 'ten-year'].map(foldPhrase),
    });
    expect(allows('Treasury yields rose', e)).toBe(false);
    expect(allows('ten-year Treasury fell', e)).toBe(false);
    expect(allows('The Treasury said', e)).toBe(true);
  });
  it('refuses an entry whose sentence holds a listed phrase, and only that sentence', () => {
    const e = entry(1, { notInSentenceWith: ['bond', 'yield curve'].map(foldPhrase) });
    expect(allows('The Treasury and the yield curve.', e)).toBe(false);
    expect(allows('The Treasury said so. The yield curve fell.', e)).toBe(true);
  });
});

describe('chooseEntity', () => {
  const at = (positions: Record<number, number>) => {
    const all = new Int32Array(4).fill(-1);
    for (const [entity, position] of Object.entries(positions)) all[Number(entity)] = position;
    return all;
  };

  it('takes the only entity of the passing entries, or none', () => {
    expect(chooseEntity([], marks([]), at({}), marks([]))).toBeUndefined();
    expect(chooseEntity([entry(2)], marks([]), at({}), marks([]))).toBe(2);
    expect(chooseEntity([entry(3), entry(3)], marks([]), at({}), marks([]))).toBe(3);
  });
  it('takes the entity mentioned most recently in this call', () => {
    const passing = [entry(1), entry(2), entry(3)];
    expect(chooseEntity(passing, marks([1, 2]), at({ 1: 40, 2: 10 }), marks([]))).toBe(1);
    expect(chooseEntity(passing, marks([1, 2]), at({ 1: 10, 2: 40 }), marks([]))).toBe(2);
    expect(chooseEntity(passing, marks([2]), at({ 1: 40, 2: 10 }), marks([]))).toBe(2);
    expect(chooseEntity(passing, marks([1]), at({ 1: 0 }), marks([]))).toBe(1);
    expect(chooseEntity(passing, marks([1, 3]), at({ 1: 5, 3: 5 }), marks([2]))).toBe(1);
  });
  it('else takes the one entity the text names elsewhere unambiguously, else none', () => {
    const passing = [entry(1), entry(2), entry(3)];
    expect(chooseEntity(passing, marks([]), at({ 1: 40 }), marks([3]))).toBe(3);
    expect(chooseEntity(passing, marks([]), at({}), marks([1, 3]))).toBeUndefined();
    expect(chooseEntity(passing, marks([]), at({}), marks([]))).toBeUndefined();
    expect(chooseEntity(passing, marks([0]), at({ 0: 40 }), marks([0]))).toBeUndefined();
  });
});
