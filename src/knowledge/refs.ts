/**
 * References between entities, within a pack and across packs.
 *
 * In a pack file, `related` and a deadline's `entities` name an entity either by its bare id
 * (`nvidia`: this pack) or qualified by a pack id (`us-china-trade-tech/nvidia`: a pack this one
 * declares in `dependencies`). At run time every entity is known by its qualified id, so two packs
 * may each have an entity called `bis` without a clash. A kebab-case id never holds the `/`
 * separator, so the two forms cannot be confused.
 */

export const REF_SEPARATOR = '/';
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A bare id or `packId/entityId`. */
export const ENTITY_REF = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Always `packId/entityId` (run-time ids: messages, mentions, cards). */
export const QUALIFIED_REF = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type SplitRef = { pack: string; entity: string };

/** The run-time id of entity `entityId` of pack `packId`. */
export function qualify(packId: string, entityId: string): string {
  return `${packId}${REF_SEPARATOR}${entityId}`;
}

/** `packId/entityId` → its parts; undefined for anything else. */
export function splitQualified(ref: string): SplitRef | undefined {
  if (!QUALIFIED_REF.test(ref)) return undefined;
  const at = ref.indexOf(REF_SEPARATOR);
  return { pack: ref.slice(0, at), entity: ref.slice(at + 1) };
}

/**
 * A reference as written in pack `fromPack`, resolved to the run-time id it names: a bare id is
 * in `fromPack`, a qualified one names its pack. Undefined when it is neither.
 */
export function resolveRef(fromPack: string, ref: string): SplitRef | undefined {
  if (KEBAB_ID.test(ref)) return { pack: fromPack, entity: ref };
  return splitQualified(ref);
}
