/** A problem found in a pack, located by its JSON path, and how it is printed. */

export type PackProblem = { path: string; message: string };

export type PathKey = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `['entities', 3, 'facts', 1, 'source']` → `entities[3].facts[1].source`. */
export function formatPath(keys: readonly PathKey[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** One problem as one line: `entities[3].facts[1].source: must be an https URL`. */
export function formatProblem(p: PackProblem): string {
  return p.path === '' ? p.message : `${p.path}: ${p.message}`;
}
