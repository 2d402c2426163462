/**
 * The chip export-control pack (public/packs/chip-controls.json): valid on its own, every source
 * named, no id or alias that collides with the bundled pack it is meant to sit beside, and its
 * aliases find the names as news writes them while leaving their namesakes alone.
 */
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../scripts/lib/load-pack-file';
import { aliasRule, type Pack } from '../../src/knowledge/schema';
import { aliasKey } from '../../src/knowledge/validate';
import { compileRecognizer } from '../../src/recognition/index';

const CHIP_PACK_PATH = new URL('../../public/packs/chip-controls.json', import.meta.url).pathname;

function aliasKeys(pack: Pack): Set<string> {
  return new Set(pack.entities.flatMap((entity) => entity.aliases.map((a) => aliasKey(aliasRule(a).text))));
}

/** `[entity id, matched text]` for every mention in `text`. */
function mentionsIn(pack: Pack, text: string): [string, string][] {
  return compileRecognizer(pack)
    .recognize(text)
    .map((m) => [m.entity, m.text]);
}

describe('chip-controls pack', () => {
  const pack = loadPackFile(CHIP_PACK_PATH);
  const main = loadPackFile();

  it('has its own id and the same knowledge date as the bundled pack', () => {
    expect(pack.id).toBe('chip-controls');
    expect(pack.asOf).toBe('2026-11-29');
  });

  it('names the publisher of every fact and timeline source', () => {
    const unnamed = [
      ...pack.entities.flatMap((e) => e.facts.filter((f) => !f.publisher).map((f) => `${e.id}: ${f.source}`)),
      ...pack.deadlines.flatMap((d) =>
        d.timeline.filter((t) => !t.publisher).map((t) => `${d.id}: ${t.source}`),
      ),
    ];
    expect(unnamed).toEqual([]);
  });

  it('shares no entity or deadline id with the bundled pack', () => {
    const mainIds = new Set([...main.entities, ...main.deadlines].map((item) => item.id));
    const clashes = [...pack.entities, ...pack.deadlines]
      .map((item) => item.id)
      .filter((id) => mainIds.has(id));
    expect(clashes).toEqual([]);
  });

  it('claims no alias the bundled pack already claims', () => {
    const mainKeys = aliasKeys(main);
    expect([...aliasKeys(pack)].filter((key) => mainKeys.has(key))).toEqual([]);
  });

  it('finds the names as news writes them', () => {
    const text =
      'The Bureau of Industry and Security put Huawei Technologies on the Entity List in 2019. ' +
      'BIS later added SMIC, and ASML needed licences for China. Nexperia, owned by Wingtech, ' +
      'came under Dutch control; Vincent Karremans later suspended the order, and Karremans said it could return. ' +
      'Jeffrey Kessler scrapped the AI Diffusion Rule. The CHIPS and Science Act funds US fabs. ' +
      'Nvidia resumed H20 chip sales under the Affiliates Rule truce.';
    expect(mentionsIn(pack, text).map(([entity]) => entity)).toEqual([
      'bis',
      'huawei',
      'entity-list',
      'bis',
      'smic',
      'asml',
      'nexperia',
      'wingtech',
      'vincent-karremans',
      'vincent-karremans',
      'jeffrey-kessler',
      'ai-diffusion-rule',
      'chips-and-science-act',
      'nvidia-h20',
      'affiliates-rule',
    ]);
  });

  it('leaves namesakes alone', () => {
    const text =
      'The BIS, the Bank for International Settlements, met in Basel. ' +
      'Sports lawyer Jeffrey Kessler represented NFL players in the settlement. ' +
      'The EU CHIPS Act is a European law. Kessler spoke later. ' +
      'Our entity list of suppliers is long.';
    expect(mentionsIn(pack, text)).toEqual([]);
  });
});
