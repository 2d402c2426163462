/**
 * The pack checker's rules for references: `related` and deadline `entities` (bare ids in this
 * pack, `packId/entityId` in a declared dependency, see refs.ts) and the `dependencies` list.
 */
import { formatPath, type PackProblem } from './problems';
import { resolveRef } from './refs';
import type { Pack } from './schema';

/**
 * Why a reference written in `pack` names nothing it may name, or undefined when it is fine: a
 * bare id must be an entity of the pack; `packId/entityId` must name a declared dependency (whether
 * that pack holds the entity is known only once both are loaded: see merge.ts).
 */
function referenceProblem(pack: Pack, entityIds: ReadonlySet<string>, ref: string): string | undefined {
  const target = resolveRef(pack.id, ref);
  if (target === undefined) return `"${ref}" is not an entity id`;
  if (target.pack === pack.id) {
    if (ref !== target.entity) return `name this pack's own entities by their bare id ("${target.entity}")`;
    return entityIds.has(ref) ? undefined : `no entity has the id "${ref}"`;
  }
  return (pack.dependencies ?? []).includes(target.pack)
    ? undefined
    : `"${target.pack}" is not listed in the pack's dependencies`;
}

export function relatedProblems(pack: Pack, entityIds: ReadonlySet<string>): PackProblem[] {
  const problems: PackProblem[] = [];
  pack.entities.forEach((entity, i) => {
    const seen = new Set<string>();
    entity.related.forEach((id, j) => {
      const path = formatPath(['entities', i, 'related', j]);
      const problem =
        id === entity.id ? 'an entity cannot be related to itself' : referenceProblem(pack, entityIds, id);
      if (problem !== undefined) problems.push({ path, message: problem });
      else if (seen.has(id)) problems.push({ path, message: `"${id}" is listed twice` });
      seen.add(id);
    });
  });
  pack.deadlines.forEach((deadline, i) => {
    deadline.entities.forEach((id, j) => {
      const problem = referenceProblem(pack, entityIds, id);
      if (problem !== undefined)
        problems.push({ path: formatPath(['deadlines', i, 'entities', j]), message: problem });
    });
  });
  return problems;
}

export function dependencyProblems(pack: Pack): PackProblem[] {
  const problems: PackProblem[] = [];
  const seen = new Set<string>();
  (pack.dependencies ?? []).forEach((id, i) => {
    const path = formatPath(['dependencies', i]);
    if (id === pack.id) problems.push({ path, message: 'a pack cannot depend on itself' });
    else if (seen.has(id)) problems.push({ path, message: `"${id}" is listed twice` });
    seen.add(id);
  });
  return problems;
}
