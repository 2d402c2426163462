/**
 * The IndexedDB database that holds the reader's knowledge packs (see pack-store.ts for what is
 * kept where, and docs/knowledge-pack.md for why IndexedDB). This file only opens it and wraps
 * requests and transactions in promises.
 *
 * Stores:
 * - `packs` (key `id`): one record per pack in the reader's list — metadata, switch, position,
 *   source and subscription state, deadlines — small;
 * - `entities` (key `[pack, id]`): one record per entity, read one card at a time;
 * - `lexicons` (key `pack`): each pack's ids, names, types and aliases, what recognition compiles;
 * - `cache` (key `key`): the compiled recognizer's snapshot and the entity index beside it (what a
 *   woken background reads first), rebuilt whenever the packs change; the bundled packs' marker.
 */

export const DB_NAME = 'backstory-packs';
export const DB_VERSION = 1;
export const STORES = { packs: 'packs', entities: 'entities', lexicons: 'lexicons', cache: 'cache' } as const;
export type StoreName = (typeof STORES)[keyof typeof STORES];

let opening: Promise<IDBDatabase> | undefined;

function upgrade(db: IDBDatabase): void {
  if (!db.objectStoreNames.contains(STORES.packs)) db.createObjectStore(STORES.packs, { keyPath: 'id' });
  if (!db.objectStoreNames.contains(STORES.entities))
    db.createObjectStore(STORES.entities, { keyPath: ['pack', 'id'] });
  if (!db.objectStoreNames.contains(STORES.lexicons))
    db.createObjectStore(STORES.lexicons, { keyPath: 'pack' });
  if (!db.objectStoreNames.contains(STORES.cache)) db.createObjectStore(STORES.cache, { keyPath: 'key' });
}

/** The database, opened once per background lifetime (a failed open is retried next time). */
export function openPackDb(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => upgrade(request.result);
    request.onsuccess = () => {
      const db = request.result;
      // Another context upgrading the schema: close so it can proceed; the next call reopens.
      db.onversionchange = () => {
        db.close();
        opening = undefined;
      };
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another open connection'));
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Runs `work` in one transaction over `stores` and resolves with its result once the transaction
 * has committed; rejects (and nothing is written) if any request fails or `work` throws.
 */
export async function inTransaction<T>(
  stores: readonly StoreName[],
  mode: IDBTransactionMode,
  work: (tx: IDBTransaction) => Promise<T> | T,
): Promise<T> {
  const db = await openPackDb();
  const tx = db.transaction([...stores], mode, { durability: 'strict' });
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
  let result: T;
  try {
    result = await work(tx);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    await done.catch(() => undefined);
    throw error;
  }
  await done;
  return result;
}
