/**
 * What the options page is told about each pack in the reader's list: the names it gave up to a
 * pack higher in the list (when two packs share an alias), and the packs it needs that are not
 * installed or switched off. Expected values are written out here.
 */
import { describe, expect, it } from 'vitest';
import { type LexiconEntity, mergeLexicons, type PackLexicon } from '../knowledge/merge';
import { missingDependencies, type PackRecord } from './catalog';
import { summarize } from './summary';

function record(id: string, position: number, enabled: boolean, dependencies: string[] = []): PackRecord {
  return {
    id,
    title: `Pack ${id}`,
    asOf: '2026-11-20',
    dependencies,
    counts: { entities: 1, facts: 3, deadlines: 0 },
    deadlines: [],
    source: { kind: 'file', fileName: `${id}.json` },
    enabled,
    position,
    digest: `digest-${id}`,
    storedAt: '2026-11-20T10:00:00.000Z',
  };
}

function entity(id: string, aliases: string[]): LexiconEntity {
  return { id, name: id, type: 'organization', aliases };
}

const wire: PackLexicon = {
  pack: 'wire',
  entities: [entity('bis', ['BIS', 'Bureau of Industry and Security']), entity('acme', ['Acme Corp'])],
};
const banks: PackLexicon = {
  pack: 'banks',
  entities: [
    entity('bis', ['BIS', 'Bank for International Settlements']),
    entity('acme-bank', ['ACME CORP', 'Acme Bank']),
  ],
};
const chips: PackLexicon = { pack: 'chips', entities: [entity('bis-rule', ['BIS', 'Foundry Rule'])] };

describe('summarize — names a pack gave up to a pack higher in the list', () => {
  it('lists under each pack only the names it gave up, with the entity that kept each', () => {
    const records = [record('wire', 0, true), record('banks', 1, true), record('chips', 2, true)];
    const { yielded } = mergeLexicons([wire, banks, chips]);
    const summaries = summarize(records, yielded, new Map());
    expect(summaries.map((s) => [s.id, s.yielded])).toEqual([
      ['wire', []],
      [
        'banks',
        [
          { entity: 'banks/bis', alias: 'BIS', keptBy: 'wire/bis' },
          { entity: 'banks/acme-bank', alias: 'ACME CORP', keptBy: 'wire/acme' },
        ],
      ],
      ['chips', [{ entity: 'chips/bis-rule', alias: 'BIS', keptBy: 'wire/bis' }]],
    ]);
  });

  it('follows the reader’s order: the pack moved to the top keeps the names and gives up none', () => {
    const records = [record('banks', 0, true), record('wire', 1, true)];
    const { yielded } = mergeLexicons([banks, wire]);
    const summaries = summarize(records, yielded, new Map());
    expect(summaries.map((s) => [s.id, s.yielded])).toEqual([
      ['banks', []],
      [
        'wire',
        [
          { entity: 'wire/bis', alias: 'BIS', keptBy: 'banks/bis' },
          { entity: 'wire/acme', alias: 'Acme Corp', keptBy: 'banks/acme-bank' },
        ],
      ],
    ]);
  });

  it('a pack whose id begins like another’s is not given the other’s names', () => {
    const wireExtra: PackLexicon = { pack: 'wire-extra', entities: [entity('bis', ['BIS'])] };
    const records = [record('wire', 0, true), record('wire-extra', 1, true)];
    const { yielded } = mergeLexicons([wire, wireExtra]);
    const summaries = summarize(records, yielded, new Map());
    expect(summaries.map((s) => [s.id, s.yielded.map((y) => y.entity)])).toEqual([
      ['wire', []],
      ['wire-extra', ['wire-extra/bis']],
    ]);
  });
});

describe('missing dependencies', () => {
  it('names the dependencies of an enabled pack that are not installed or are switched off', () => {
    const records = [
      record('base', 0, false),
      record('needs-base', 1, true, ['base']),
      record('needs-ghost', 2, true, ['ghost-pack']),
      record('needs-both', 3, true, ['base', 'other', 'ghost-pack']),
      record('other', 4, true),
      record('needs-other', 5, true, ['other']),
    ];
    expect([...missingDependencies(records)]).toEqual([
      ['needs-base', ['base']],
      ['needs-ghost', ['ghost-pack']],
      ['needs-both', ['base', 'ghost-pack']],
    ]);
    expect(summarize(records, [], new Map()).map((s) => [s.id, s.missingDependencies])).toEqual([
      ['base', []],
      ['needs-base', ['base']],
      ['needs-ghost', ['ghost-pack']],
      ['needs-both', ['base', 'ghost-pack']],
      ['other', []],
      ['needs-other', []],
    ]);
  });

  it('says nothing for a pack that is itself switched off, and nothing once its dependency is on', () => {
    const off = [record('base', 0, true), record('needs-ghost', 1, false, ['ghost-pack'])];
    expect(summarize(off, [], new Map()).map((s) => s.missingDependencies)).toEqual([[], []]);
    const on = [record('base', 0, true), record('needs-base', 1, true, ['base'])];
    expect(summarize(on, [], new Map()).map((s) => s.missingDependencies)).toEqual([[], []]);
  });
});
