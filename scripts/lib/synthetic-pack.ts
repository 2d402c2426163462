/**
 * A deterministic, schema-valid synthetic pack of N entities for benchmarks and scale tests.
 * Names are made-up syllable words derived from the entity index, so every alias is unique and
 * never an English word: people get "First Last" + an afterFullName surname, organizations a
 * name, a "… Group" form and an ALL-CAPS acronym-like alias.
 */
import type { Entity, Pack } from '../../src/knowledge/schema';

const SYLLABLES = [
  'ba',
  'ko',
  'ri',
  'tu',
  'me',
  'sa',
  'lo',
  'vi',
  'da',
  'ne',
  'pu',
  'zo',
  'ga',
  'fe',
  'hi',
  'mu',
  'ra',
  'te',
  'yo',
  'ki',
  'su',
  'wa',
  'no',
  'ji',
  'le',
  'po',
  'xa',
  'qui',
  'dre',
  'sto',
  'lan',
  'vor',
];
const PERSON_SHARE = 2; // every 2nd entity is a person
const FACT_COUNT = 3;
const SOURCE = 'https://example.org/synthetic';
const AS_OF = '2025-01-01';

/** A word of `length` syllables spelling `value` in base SYLLABLES.length (unique per value). */
function syllableWord(value: number, length: number): string {
  let rest = value;
  let word = '';
  for (let i = 0; i < length; i++) {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function facts(name: string) {
  return Array.from({ length: FACT_COUNT }, (_, i) => ({
    text: `Synthetic fact ${i + 1} about ${name}.`,
    asOf: AS_OF,
    source: SOURCE,
  }));
}

function syntheticEntity(index: number): Entity {
  const id = `synthetic-${index.toString().padStart(6, '0')}`;
  if (index % PERSON_SHARE === 0) {
    const first = syllableWord(index * 7 + 3, 2);
    const last = syllableWord(index, 4);
    const name = `${first} ${last}`;
    return {
      id,
      name,
      type: 'person',
      description: `Synthetic person ${index}.`,
      aliases: [name, { text: last, afterFullName: true }],
      facts: facts(name),
      related: [],
    };
  }
  const base = syllableWord(index, 4);
  const acronym = `${base.slice(0, 3).toUpperCase()}${index.toString(36).toUpperCase()}`;
  return {
    id,
    name: base,
    type: 'organization',
    description: `Synthetic organization ${index}.`,
    aliases: [base, `${base} Group`, { text: acronym, case: 'exact' }],
    facts: facts(base),
    related: [],
  };
}

export function syntheticPack(entityCount: number): Pack {
  return {
    schemaVersion: 1,
    id: `synthetic-${entityCount}`,
    title: `Synthetic pack of ${entityCount} entities`,
    asOf: AS_OF,
    entities: Array.from({ length: entityCount }, (_, i) => syntheticEntity(i)),
    deadlines: [],
  };
}
