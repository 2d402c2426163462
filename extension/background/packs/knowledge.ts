/**
 * The knowledge the background answers from: the enabled packs in the reader's order, merged
 * (merge.ts), and one recognizer for all of them.
 *
 * Built once per background lifetime and again after every pack change. A Chrome service worker
 * is stopped when idle, so the compiled recognizer is cached in IndexedDB as a snapshot
 * (src/recognition/snapshot.ts), keyed by the extension version and the enabled packs' ids and
 * digests in order: a woken worker restores it instead of compiling. When IndexedDB cannot be
 * used at all, the packs bundled on by default are read from the package and compiled in memory.
 */
import browser from 'webextension-polyfill';
import { lexiconOf, mergeLexicons, type YieldedAlias } from '../../../src/knowledge/merge';
import { qualify } from '../../../src/knowledge/refs';
import type { Entity, EntityType } from '../../../src/knowledge/schema';
import { BUNDLED_PACKS, inReaderOrder, type PackRecord, recordForCopy } from '../../../src/packs/catalog';
import type { Recognizer } from '../../../src/recognition/index';
import { compileWithSnapshot, restoreRecognizer, SNAPSHOT_FORMAT } from '../../../src/recognition/snapshot';
import { BUNDLED_MARKER, installBundledPacks, readPackagedPack } from './bundled';
import { readEntity, readLexicons, readRecords, readRecordsAndCache, writeCache } from './pack-store';

export type KnownEntity = { name: string; type: EntityType };

export type Knowledge = {
  recognizer: Recognizer;
  /** Qualified id → name and type, for every entity of an enabled pack. */
  entities: ReadonlyMap<string, KnownEntity>;
  /** Enabled packs, in the reader's order. */
  enabled: PackRecord[];
  /** Every pack in the list, in the reader's order. */
  all: PackRecord[];
  /** Ids of stored records that could not be read. */
  damaged: string[];
  yielded: YieldedAlias[];
  /** An entity's full record (facts and all), read when a card needs it. */
  entity(pack: string, id: string): Promise<Entity | undefined>;
  /** How the recognizer was obtained, and the milliseconds spent reading and building it. */
  origin: 'cache' | 'compile' | 'package';
  readMs: number;
  buildMs: number;
  /** Why the pack store could not be used, when it could not. */
  storageError?: string;
};

/** The `cache` store's key of the compiled recognizer's snapshot. */
export const RECOGNIZER_CACHE_KEY = 'recognizer';

function entityIndex(entities: readonly Pick<Entity, 'id' | 'name' | 'type'>[]): Map<string, KnownEntity> {
  return new Map(entities.map((e) => [e.id, { name: e.name, type: e.type }]));
}

/** What the cached recognizer must have been compiled from to be used. */
function packsKey(enabled: readonly PackRecord[]): string {
  const version = browser.runtime.getManifest().version;
  return JSON.stringify([version, SNAPSHOT_FORMAT, enabled.map((r) => [r.id, r.digest])]);
}

async function fromStore(): Promise<Knowledge> {
  const started = performance.now();
  // One transaction reads the records, the bundled packs' marker and the cached recognizer.
  const stored = await readRecordsAndCache([BUNDLED_MARKER, RECOGNIZER_CACHE_KEY]);
  const [marker, cached] = stored.cache;
  const changed = await installBundledPacks({ marker, records: stored.records });
  const { records, damaged } = changed ? await readRecords() : stored;
  const all = inReaderOrder(records);
  const enabled = all.filter((r) => r.enabled);
  const key = packsKey(enabled);
  const base = { enabled, all, damaged, entity: readEntity };
  if (cached?.packsKey === key) {
    const readMs = performance.now() - started;
    const restored = restoreRecognizer(cached.snapshot);
    if (restored) {
      const yielded = (cached.yielded ?? []) as YieldedAlias[];
      const entities = entityIndex(restored.pack.entities);
      const buildMs = performance.now() - started - readMs;
      return {
        ...base,
        recognizer: restored.recognizer,
        entities,
        yielded,
        origin: 'cache',
        readMs,
        buildMs,
      };
    }
  }
  const lexicons = await readLexicons(enabled.map((r) => r.id));
  const readMs = performance.now() - started;
  const merged = mergeLexicons(lexicons);
  const { recognizer, snapshot } = compileWithSnapshot(merged.pack);
  const buildMs = performance.now() - started - readMs;
  // A failed cache write only costs the next wake a compile.
  await writeCache({ key: RECOGNIZER_CACHE_KEY, packsKey: key, snapshot, yielded: merged.yielded }).catch(
    () => undefined,
  );
  const entities = entityIndex(merged.pack.entities);
  return { ...base, recognizer, entities, yielded: merged.yielded, origin: 'compile', readMs, buildMs };
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
  return {
    recognizer,
    entities: entityIndex(merged.pack.entities),
    enabled: records,
    all: records,
    damaged: [],
    yielded: merged.yielded,
    entity: async (pack, id) => byId.get(qualify(pack, id)),
    origin: 'package',
    readMs,
    buildMs: performance.now() - started - readMs,
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
  current = undefined;
}
