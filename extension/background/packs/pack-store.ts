/**
 * The one owner of stored packs (IndexedDB, pack-db.ts). A pack's copy is stored in one
 * transaction — its record, its entities and its lexicon together — so an update or import either
 * lands whole or changes nothing: the previous copy stays until the new one is complete.
 *
 * Records are read back with a shape check (storage is not trusted blindly); a damaged record is
 * reported, never replaced with defaults.
 */
import { lexiconOf, type PackLexicon } from '../../../src/knowledge/merge';
import type { Entity, Pack } from '../../../src/knowledge/schema';
import { isPackRecord, type PackRecord } from '../../../src/packs/catalog';
import { inTransaction, requestResult, STORES } from './pack-db';

export type StoredEntity = { pack: string; id: string; entity: Entity };
export type CacheRecord = { key: string; [field: string]: unknown };

export type StoredRecords = { records: PackRecord[]; damaged: string[] };

/** Every record in the store, with the ids of damaged ones apart. */
export async function readRecords(): Promise<StoredRecords> {
  const all = await inTransaction([STORES.packs], 'readonly', (tx) =>
    requestResult(tx.objectStore(STORES.packs).getAll()),
  );
  return checkedRecords(all);
}

/** Every record and the cache entries of `keys` (in that order), read in one transaction. */
export async function readRecordsAndCache(
  keys: readonly string[],
): Promise<StoredRecords & { cache: (CacheRecord | undefined)[] }> {
  const [all, ...cache] = await inTransaction([STORES.packs, STORES.cache], 'readonly', (tx) =>
    Promise.all([
      requestResult(tx.objectStore(STORES.packs).getAll()),
      ...keys.map((key) => requestResult(tx.objectStore(STORES.cache).get(key))),
    ]),
  );
  return { ...checkedRecords(all as unknown[]), cache: cache as (CacheRecord | undefined)[] };
}

function checkedRecords(all: unknown[]): StoredRecords {
  const records: PackRecord[] = [];
  const damaged: string[] = [];
  for (const value of all as unknown[]) {
    if (isPackRecord(value)) records.push(value);
    else damaged.push(String((value as { id?: unknown })?.id ?? '?'));
  }
  return { records, damaged };
}

/** Stores a copy of a pack: its record, entities and lexicon replace the previous copy's at once. */
export function storeCopy(record: PackRecord, pack: Pack): Promise<void> {
  return inTransaction([STORES.packs, STORES.entities, STORES.lexicons], 'readwrite', async (tx) => {
    const entities = tx.objectStore(STORES.entities);
    await requestResult(entities.delete(IDBKeyRange.bound([pack.id], [pack.id, []])));
    for (const entity of pack.entities)
      entities.put({ pack: pack.id, id: entity.id, entity } satisfies StoredEntity);
    tx.objectStore(STORES.lexicons).put(lexiconOf(pack));
    await requestResult(tx.objectStore(STORES.packs).put(record));
  });
}

/** Writes records (switches, positions, subscription state) without touching their copies. */
export function putRecords(records: readonly PackRecord[]): Promise<void> {
  return inTransaction([STORES.packs], 'readwrite', async (tx) => {
    const store = tx.objectStore(STORES.packs);
    for (const record of records) store.put(record);
    await requestResult(store.count());
  });
}

/** Removes a pack's record, entities and lexicon. */
export function deletePack(id: string): Promise<void> {
  return inTransaction([STORES.packs, STORES.entities, STORES.lexicons], 'readwrite', async (tx) => {
    tx.objectStore(STORES.entities).delete(IDBKeyRange.bound([id], [id, []]));
    tx.objectStore(STORES.lexicons).delete(id);
    await requestResult(tx.objectStore(STORES.packs).delete(id));
  });
}

export async function readEntity(pack: string, id: string): Promise<Entity | undefined> {
  const stored = await inTransaction([STORES.entities], 'readonly', (tx) =>
    requestResult(tx.objectStore(STORES.entities).get([pack, id])),
  );
  return (stored as StoredEntity | undefined)?.entity;
}

/** The lexicons of `ids`, in that order (a missing one is left out). */
export async function readLexicons(ids: readonly string[]): Promise<PackLexicon[]> {
  const found = await inTransaction([STORES.lexicons], 'readonly', (tx) =>
    Promise.all(ids.map((id) => requestResult(tx.objectStore(STORES.lexicons).get(id)))),
  );
  return (found as (PackLexicon | undefined)[]).filter(
    (lexicon): lexicon is PackLexicon => lexicon !== undefined,
  );
}

export async function readCache(key: string): Promise<CacheRecord | undefined> {
  return (await inTransaction([STORES.cache], 'readonly', (tx) =>
    requestResult(tx.objectStore(STORES.cache).get(key)),
  )) as CacheRecord | undefined;
}

export function writeCache(record: CacheRecord): Promise<void> {
  return inTransaction([STORES.cache], 'readwrite', async (tx) => {
    await requestResult(tx.objectStore(STORES.cache).put(record));
  });
}

export function deleteCache(key: string): Promise<void> {
  return inTransaction([STORES.cache], 'readwrite', async (tx) => {
    await requestResult(tx.objectStore(STORES.cache).delete(key));
  });
}
