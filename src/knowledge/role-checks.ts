/**
 * The pack checker's rules for a person's roles (`roles`, schema.ts): shape is checked by the
 * schema; here, that roles belong to a person and that none is listed twice (ignoring letter case
 * and a final period, as person-titles.ts compares titles: "Senator", "senator").
 */
import { titleKey } from '../recognition/person-titles';
import { formatPath, type PackProblem } from './problems';
import type { Pack } from './schema';

export function roleProblems(pack: Pack): PackProblem[] {
  const problems: PackProblem[] = [];
  pack.entities.forEach((entity, i) => {
    if (entity.roles === undefined) return;
    if (entity.type !== 'person') {
      const path = formatPath(['entities', i, 'roles']);
      problems.push({ path, message: `only a person holds roles; this entity's type is ${entity.type}` });
      return;
    }
    const seen = new Map<string, number>();
    entity.roles.forEach((role, j) => {
      const key = titleKey(role.title);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        const path = formatPath(['entities', i, 'roles', j, 'title']);
        problems.push({ path, message: `"${role.title}" repeats entities[${i}].roles[${earlier}]` });
      } else seen.set(key, j);
    });
  });
  return problems;
}
