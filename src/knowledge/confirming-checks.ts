/**
 * The pack checker's rules for an entity's confirming words (`confirmedBy`, schema.ts): shape is
 * checked by the schema; here, that each word is worth listing. A word listed twice (ignoring
 * letter case and typographic variants, as aliases are compared) is a slip, and one that is also
 * an alias of the same entity confirms nothing the alias does not already name.
 */
import { formatPath, type PackProblem } from './problems';
import { aliasRule, type Pack } from './schema';

/** `aliasKey` is validate.ts's comparison of alias texts (passed in: validate.ts imports this module). */
export function confirmingWordProblems(pack: Pack, aliasKey: (text: string) => string): PackProblem[] {
  const problems: PackProblem[] = [];
  pack.entities.forEach((entity, i) => {
    const aliases = new Set(entity.aliases.map((alias) => aliasKey(aliasRule(alias).text)));
    const seen = new Map<string, number>();
    (entity.confirmedBy ?? []).forEach((word, j) => {
      const key = aliasKey(word.text);
      const path = formatPath(['entities', i, 'confirmedBy', j, 'text']);
      const earlier = seen.get(key);
      if (earlier !== undefined)
        problems.push({ path, message: `"${word.text}" repeats entities[${i}].confirmedBy[${earlier}]` });
      else if (aliases.has(key))
        problems.push({
          path,
          message: `"${word.text}" is an alias of this entity; a confirming word is another word pages write beside it (a part or instrument of the entity)`,
        });
      seen.set(key, earlier ?? j);
    });
  });
  return problems;
}
