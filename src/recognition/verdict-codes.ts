/**
 * Name-structure verdicts as small codes, for the per-candidate cache of PageRules.structure
 * (page-rules.ts): 0 is a verdict not read yet, each verdict its index in VERDICTS plus one.
 */
import type { StructureVerdict } from './name-structure';

export const VERDICT_UNKNOWN = 0;
export const VERDICTS: readonly StructureVerdict[] = [
  'keep',
  'other-person',
  'longer-name',
  'qualifier',
  'pronoun',
  'place-name',
  'common-noun',
  'verb',
];
