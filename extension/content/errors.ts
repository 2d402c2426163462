/**
 * The content script never throws into the page: every entry point runs through `guard`/`guardAsync`,
 * which log a failure with the `[Backstory]` prefix — each distinct message once per page, so a
 * handler failing on every mouse move cannot flood the console.
 */
export const LOG_PREFIX = '[Backstory]';
const MAX_DISTINCT_ERRORS = 20;

const logged = new Set<string>();

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export function reportError(error: unknown, where: string): void {
  const key = `${where}: ${describe(error)}`;
  if (logged.has(key) || logged.size >= MAX_DISTINCT_ERRORS) return;
  logged.add(key);
  console.error(LOG_PREFIX, key);
}

/** Runs `fn`; on a throw, logs it and returns undefined. */
export function guard<T>(where: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    reportError(error, where);
    return undefined;
  }
}

/** Awaits `fn`; on a rejection, logs it and resolves to undefined. */
export async function guardAsync<T>(where: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (error) {
    reportError(error, where);
    return undefined;
  }
}
