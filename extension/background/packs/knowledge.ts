/**
 * The knowledge the background answers from: the enabled packs in the reader's order, merged
 * (merge.ts), and one recognizer for all of them.
 *
 * Built once per background lifetime and again after every pack change. A Chrome service worker
 * is stopped when idle, so the compiled recognizer is cached in IndexedDB as a snapshot
 * (src/recognition/snapshot.ts), keyed by the extension version and the enabled packs' ids and
 * digests in order: a woken worker restores it instead of compiling. Beside it the entity index
 * (src/packs/entity-index.ts) is cached under the same key, and a woken worker reads only that:
 * the snapshot is read and restored when something first asks for the recognizer, so a wake for a
 * card, the popup or the pack list never touches it. When IndexedDB cannot be used at all, the
 * packs bundled on by default are read from the package and compiled in memory.
 */
import browser from 'webextension-polyfill';
import { lexiconOf, mergeLexicons, type YieldedAlias } from '../../../src/knowledge/merge';
import { qualify } from '../../../src/knowledge/refs';
import type { Entity } from '../../../src/knowledge/schema';
import { BUNDLED_PACKS, inReaderOrder, type PackRecord, recordForCopy } from '../../../src/packs/catalog';
import {
  decodeEntityIndex,
  type EntityLookup,
  entityIndexColumns,
  type KnownEntity,
} from '../../../src/packs/entity-index';
import { once } from '../../../src/packs/once';
import type { Recognizer } from '../../../src/recognition/index';
import {
  compileWithSnapshot,
  type EntityNames,
  restoreRecognizer,
  SNAPSHOT_FORMAT,
} from '../../../src/recognition/snapshot';
import { BUNDLED_MARKER, installBundledPacks, readPackagedPack } from './bundled';
import {
  type CacheRecord,
  readCache,
  readEntity,
  readLexicons,
  readRecords,
  readRecordsAndCache,
  writeCache,
} from './pack-store';

export type { KnownEntity } from '../../../src/packs/entity-index';

export type Knowledge = {
  /**
   * The recognizer of every enabled pack. Knowledge built from the cached entity index restores it
   * from the snapshot on the first call (once, however many ask at the same time), or compiles when
   * the snapshot cannot be used; otherwise it was compiled with the knowledge.
   */
  recognizer(): Promise<Recognizer>;
  /** Each build of the recognizer so far, in order (none until a cache-built one is asked for). */
  recognizerBuilds: readonly RecognizerBuild[];
  /** Qualified id → name and type, for every entity of an enabled pack. */
  entities: EntityLookup;
  /** Enabled packs, in the reader's order. */
  enabled: PackRecord[];
  /** Every pack in the list, in the reader's order. */
  all: PackRecord[];
  /** Ids of stored records that could not be read. */
  damaged: string[];
  yielded: YieldedAlias[];
  /** An entity's full record (facts and all), read when a card needs it. */
  entity(pack: string, id: string): Promise<Entity | undefined>;
  /**
   * How this knowledge was obtained (from the cached entity index, by compiling, or from the
   * package), and the milliseconds spent reading and building it.
   */
  origin: 'cache' | 'compile' | 'package';
  readMs: number;
  buildMs: number;
  /** Why the pack store could not be used, when it could not. */
  storageError?: string;
};

/** `ms` in all; `readMs` of it reading the cached snapshot from IndexedDB (0 when none was read). */
export type RecognizerBuild = { by: 'snapshot' | 'compile'; ms: number; readMs: number };

/** The `cache` store's keys of the compiled recognizer's snapshot and of the entity index. */
export const RECOGNIZER_CACHE_KEY = 'recognizer';
export const ENTITY_INDEX_CACHE_KEY = 'entity-index';

function entityIndex(entities: readonly Pick<Entity, 'id' | 'name' | 'type'>[]): Map<string, KnownEntity> {
  return new Map(entities.map((e) => [e.id, { name: e.name, type: e.type }]));
}

/**
 * What the cached recognizer must have been compiled from to be used: the packs, the extension
 * and the browser (the snapshot carries the character tables built from its Unicode data).
 */
function packsKey(enabled: readonly PackRecord[]): string {
  const version = browser.runtime.getManifest().version;
  const packs = enabled.map((r) => [r.id, r.digest]);
  return JSON.stringify([version, SNAPSHOT_FORMAT, navigator.userAgent, packs]);
}

/** Counts invalidations: a build begun before the latest one must not write the cache. */
let generation = 0;

type Compiled = { recognizer: Recognizer; entities: Map<string, KnownEntity>; yielded: YieldedAlias[] };

/**
 * Merges and compiles the enabled packs, and caches the snapshot and the entity index under `key`
 * unless the packs changed meanwhile (`isCurrent` false: lexicons read now may be newer than `key`).
 */
async function compileAndCache(
  enabled: readonly PackRecord[],
  key: string,
  isCurrent: () => boolean,
): Promise<Compiled> {
  const merged = mergeLexicons(await readLexicons(enabled.map((r) => r.id)));
  const { recognizer, snapshot } = compileWithSnapshot(merged.pack);
  const { yielded } = merged;
  const index = entityIndexColumns(merged.pack.entities);
  // Each record is used only when its own packsKey matches, so the two need not be written
  // together. A failed cache write only costs the next wake a compile.
  if (isCurrent())
    await writeCache({ key: RECOGNIZER_CACHE_KEY, packsKey: key, snapshot })
      .then(() => writeCache({ key: ENTITY_INDEX_CACHE_KEY, packsKey: key, index, yielded }))
      .catch(() => undefined);
  return { recognizer, entities: entityIndex(merged.pack.entities), yielded };
}

/**
 * The recognizer restored from the cached snapshot of `key` (with the ids and names of the entity
 * index cached under the same key), or a fresh compile when the snapshot cannot be read, is
 * missing, is of other packs or is damaged; each build is logged in `builds`.
 */
async function cachedRecognizer(
  enabled: readonly PackRecord[],
  key: string,
  names: EntityNames,
  isCurrent: () => boolean,
  builds: RecognizerBuild[],
): Promise<Recognizer> {
  const started = performance.now();
  const cached = await readCache(RECOGNIZER_CACHE_KEY).catch(() => undefined);
  const readMs = performance.now() - started;
  const restored = cached?.packsKey === key ? restoreRecognizer(cached.snapshot, names) : undefined;
  if (restored) {
    builds.push({ by: 'snapshot', ms: performance.now() - started, readMs });
    return restored.recognizer;
  }
  const { recognizer } = await compileAndCache(enabled, key, isCurrent);
  builds.push({ by: 'compile', ms: performance.now() - started, readMs });
  return recognizer;
}

/** The cached entity index and yielded aliases of `key`, or undefined when unusable. */
function cachedIndex(cached: CacheRecord | undefined, key: string) {
  if (cached?.packsKey !== key || !Array.isArray(cached.yielded)) return undefined;
  const decoded = decodeEntityIndex(cached.index);
  return (
    decoded && { entities: decoded.index, names: decoded.names, yielded: cached.yielded as YieldedAlias[] }
  );
}

async function fromStore(): Promise<Knowledge> {
  const started = performance.now();
  const built = generation;
  const isCurrent = () => generation === built;
  // One transaction reads the records, the bundled packs' marker and the cached entity index.
  const stored = await readRecordsAndCache([BUNDLED_MARKER, ENTITY_INDEX_CACHE_KEY]);
  const [marker, cached] = stored.cache;
  const changed = await installBundledPacks({ marker, records: stored.records });
  const { records, damaged } = changed ? await readRecords() : stored;
  const all = inReaderOrder(records);
  const enabled = all.filter((r) => r.enabled);
  const key = packsKey(enabled);
  const base = { enabled, all, damaged, entity: readEntity };
  const readMs = performance.now() - started;
  const index = cachedIndex(cached, key);
  if (index) {
    const buildMs = performance.now() - started - readMs;
    const recognizerBuilds: RecognizerBuild[] = [];
    const { entities, names, yielded } = index;
    const recognizer = once(() => cachedRecognizer(enabled, key, names, isCurrent, recognizerBuilds));
    return { ...base, entities, yielded, recognizer, recognizerBuilds, origin: 'cache', readMs, buildMs };
  }
  const compiled = await compileAndCache(enabled, key, isCurrent);
  const buildMs = performance.now() - started - readMs;
  const recognizer = () => Promise.resolve(compiled.recognizer);
  const recognizerBuilds: RecognizerBuild[] = [{ by: 'compile', ms: buildMs, readMs: 0 }];
  return { ...base, ...compiled, recognizer, recognizerBuilds, origin: 'compile', readMs, buildMs };
}

/** Without a pack store: the packs bundled on by default, from the package, in memory. */
async function fromPackage(storageError: string): Promise<Knowledge> {
  const started = performance.now();
  const packaged = await Promise.all(BUNDLED_PACKS.filter((b) => b.enabledByDefault).map(readPackagedPack));
  const readMs = performance.now() - started;
  const records: PackRecord[] = [];
  for (const p of packaged) {
    records.push(
      recordForCopy(undefined, records, {
        pack: p.pack,
        digest: p.digest,
        source: { kind: 'bundled', file: p.bundled.file },
        now: new Date(),
        enabledIfNew: true,
      }),
    );
  }
  const merged = mergeLexicons(packaged.map((p) => lexiconOf(p.pack)));
  const { recognizer } = compileWithSnapshot(merged.pack);
  const byId = new Map(
    packaged.flatMap((p) => p.pack.entities.map((e) => [qualify(p.pack.id, e.id), e] as const)),
  );
  const buildMs = performance.now() - started - readMs;
  return {
    recognizer: () => Promise.resolve(recognizer),
    recognizerBuilds: [{ by: 'compile', ms: buildMs, readMs: 0 }],
    entities: entityIndex(merged.pack.entities),
    enabled: records,
    all: records,
    damaged: [],
    yielded: merged.yielded,
    entity: async (pack, id) => byId.get(qualify(pack, id)),
    origin: 'package',
    readMs,
    buildMs,
    storageError,
  };
}

async function build(): Promise<Knowledge> {
  try {
    return await fromStore();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.warn('[Backstory] the pack store cannot be used; only the bundled packs are loaded:', error);
    return fromPackage(message);
  }
}

let current: Promise<Knowledge> | undefined;

/** The knowledge now; a failed build is not kept, so the next call retries. */
export function knowledge(): Promise<Knowledge> {
  current ??= build().catch((error: unknown) => {
    current = undefined;
    throw error;
  });
  return current;
}

/** Forgets the built knowledge: the next call rebuilds from the store (after a pack change). */
export function invalidateKnowledge(): void {
  generation += 1;
  current = undefined;
}
