/**
 * What a browser file can leave behind in the extension, read and cleared from an extension
 * context (Chromium: the service worker; Firefox: an extension page). Used by shared-browsers.ts to
 * reset a shared browser between files and to check that the reset left the fresh-install state.
 * Both functions are sent to the browser as source text, so they use nothing from this module.
 */

export type ExtensionState = {
  storage: { local: unknown; sync: unknown; session: unknown };
  alarms: string[];
  permissions: { permissions: string[]; origins: string[] };
  /** Keyboard shortcuts (`commands.update` changes them in Firefox). */
  commands: string[];
  /**
   * IndexedDB of the extension's origin: database → store → its keys and a digest of its values
   * (the `cache` store: keys only; it is derived from the packs and rebuilt whenever they change;
   * times of day count only as present).
   */
  databases: Record<string, Record<string, { keys: string; values: string }>>;
  /** Tabs open in the browser (extension pages included). */
  tabs: number;
};

/** Reads the extension's state (runs in an extension context). */
export const READ_STATE = async (): Promise<ExtensionState> => {
  // Test runners that keep function names (tsx) wrap the inner arrow functions in `__name(…)`,
  // which does not exist in the browser.
  (globalThis as { __name?: unknown }).__name ??= (f: unknown) => f;
  type Api = {
    storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<unknown> }>;
    alarms: { getAll(): Promise<{ name: string; periodInMinutes?: number }[]> };
    permissions: { getAll(): Promise<{ permissions?: string[]; origins?: string[] }> };
    commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
    tabs: { query(q: object): Promise<unknown[]> };
  };
  const scope = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = scope.browser ?? scope.chrome;
  const done = <T>(request: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const digest = async (value: unknown) => {
    // A time of day (a record's `storedAt`) differs between two installs; its presence does not.
    const json = JSON.stringify(value, (_key, v: unknown) =>
      typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(v) ? '<time>' : v,
    );
    const bytes = new TextEncoder().encode(json);
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    return [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
  };
  const databases: ExtensionState['databases'] = {};
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await done(indexedDB.open(name));
    const stores: Record<string, { keys: string; values: string }> = {};
    for (const store of [...db.objectStoreNames].sort()) {
      const tx = db.transaction(store, 'readonly');
      const keys = await done(tx.objectStore(store).getAllKeys());
      const values = store === 'cache' ? [] : await done(tx.objectStore(store).getAll());
      stores[store] = { keys: JSON.stringify(keys), values: await digest(values) };
    }
    db.close();
    databases[name] = stores;
  }
  const granted = await api.permissions.getAll();
  const sorted = (items: unknown) => Object.entries(items as object).sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    storage: {
      local: sorted(await api.storage.local.get(null)),
      sync: sorted(await api.storage.sync.get(null)),
      session: sorted(await api.storage.session.get(null)),
    },
    alarms: (await api.alarms.getAll()).map((a) => `${a.name} every ${a.periodInMinutes ?? '-'}`).sort(),
    permissions: {
      permissions: [...(granted.permissions ?? [])].sort(),
      origins: [...(granted.origins ?? [])].sort(),
    },
    commands: (await api.commands.getAll()).map((c) => `${c.name}=${c.shortcut ?? ''}`).sort(),
    databases,
    tabs: (await api.tabs.query({})).length,
  };
};

/**
 * Clears everything a file can change in the extension; with `reload`, then reloads it (a new
 * background, nothing kept in memory; the reload ends the calling context shortly after). Runs in
 * an extension context.
 */
export const RESET_EXTENSION = async (options: {
  reload: boolean;
  /** The permissions granted at the fresh install: every other one is removed. */
  keep: ExtensionState['permissions'];
}): Promise<void> => {
  // Test runners that keep function names (tsx) wrap the inner arrow functions in `__name(…)`,
  // which does not exist in the browser.
  (globalThis as { __name?: unknown }).__name ??= (f: unknown) => f;
  type Api = {
    storage: Record<'local' | 'sync' | 'session', { clear(): Promise<void> }>;
    alarms: { clearAll(): Promise<unknown> };
    permissions: {
      getAll(): Promise<{ permissions?: string[]; origins?: string[] }>;
      remove(p: { permissions: string[]; origins: string[] }): Promise<unknown>;
    };
    runtime: { reload(): void };
  };
  const scope = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = scope.browser ?? scope.chrome;
  const granted = await api.permissions.getAll();
  const permissions = (granted.permissions ?? []).filter((p) => !options.keep.permissions.includes(p));
  const origins = (granted.origins ?? []).filter((o) => !options.keep.origins.includes(o));
  if (permissions.length + origins.length > 0) await api.permissions.remove({ permissions, origins });
  await api.alarms.clearAll();
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
  }
  await api.storage.local.clear();
  await api.storage.sync.clear();
  await api.storage.session.clear();
  if (options.reload) setTimeout(() => api.runtime.reload(), 50);
};

/** True when two states are the same. */
export function sameState(a: ExtensionState, b: ExtensionState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `state` as path → JSON of the value, three levels deep (database → store → keys/values). */
function flatten(value: unknown, path: string, depth: number, out: Map<string, string>): Map<string, string> {
  if (depth === 0 || value === null || typeof value !== 'object' || Array.isArray(value)) {
    out.set(path, JSON.stringify(value));
    return out;
  }
  for (const [key, inner] of Object.entries(value))
    flatten(inner, path ? `${path}.${key}` : key, depth - 1, out);
  return out;
}

/** The parts of `now` that differ from `fresh`, for the failure message. */
export function stateDifference(fresh: ExtensionState, now: ExtensionState): string {
  const was = flatten(fresh, '', 4, new Map());
  const is = flatten(now, '', 4, new Map());
  const parts: string[] = [];
  for (const path of new Set([...was.keys(), ...is.keys()])) {
    if (was.get(path) === is.get(path)) continue;
    parts.push(
      `${path} is ${is.get(path)?.slice(0, 300) ?? 'missing'} (fresh install: ${was.get(path)?.slice(0, 300) ?? 'missing'})`,
    );
  }
  return parts.join('; ') || 'no difference';
}
