import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { aliasRule, PackSchema } from '../../src/knowledge/schema';
import { validatePack } from '../../src/knowledge/validate';
import { compileRecognizer } from '../../src/recognition/index';
import { syntheticPack } from './synthetic-pack';

/** Compiling 10,000 entities takes about half a second; a loaded machine may take many times that. */
const COMPILE_TIMEOUT_MS = 60_000;

describe('syntheticPack', () => {
  it('is deterministic and schema-valid', () => {
    const a = syntheticPack(200);
    expect(syntheticPack(200)).toEqual(a);
    expect(v.safeParse(PackSchema, a).success).toBe(true);
    const checked = validatePack(a);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
  });

  it(
    'gives 10,000 entities unique alias texts that the recognizer finds',
    () => {
      const pack = syntheticPack(10_000);
      const texts = pack.entities.flatMap((e) => e.aliases.map((a) => aliasRule(a).text));
      expect(new Set(texts).size).toBe(texts.length);
      const recognizer = compileRecognizer(pack);
      const person = pack.entities[4_000];
      const org = pack.entities[7_777];
      const text = `${person?.name} met ${org?.name} Group.`;
      expect(recognizer.recognize(text).map((m) => m.entity)).toEqual([person?.id, org?.id]);
    },
    COMPILE_TIMEOUT_MS,
  );
});
