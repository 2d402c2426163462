/**
 * The packs shipped in the extension package (`BUNDLED_PACKS`): copied into the pack store on
 * install and after each extension update, keeping the reader's switch and position. A reader's
 * own copy of a bundled pack's id (from a file or a subscription) is left alone.
 */
import browser from 'webextension-polyfill';
import type { Pack } from '../../../src/knowledge/schema';
import { formatProblem, parsePackText } from '../../../src/knowledge/validate';
import { BUNDLED_PACKS, type BundledPack, type PackRecord, recordForCopy } from '../../../src/packs/catalog';
import { sha256Hex, utf8 } from './digest';
import { type CacheRecord, readCache, readRecords, storeCopy, writeCache } from './pack-store';

export type PackagedPack = { bundled: BundledPack; pack: Pack; digest: string };

/** A bundled pack read from the package and validated. */
export async function readPackagedPack(bundled: BundledPack): Promise<PackagedPack> {
  const response = await fetch(browser.runtime.getURL(bundled.file));
  if (!response.ok) throw new Error(`${bundled.file}: HTTP ${response.status}`);
  const text = await response.text();
  const result = parsePackText(text);
  if (!result.ok)
    throw new Error(`${bundled.file} is invalid:\n${result.problems.map(formatProblem).join('\n')}`);
  return { bundled, pack: result.pack, digest: await sha256Hex(utf8(text)) };
}

/** Stores `packaged` as a bundled pack's copy (over `existing`, keeping the reader's switch and place). */
export async function storePackaged(
  packaged: PackagedPack,
  existing: PackRecord | undefined,
  all: readonly PackRecord[],
) {
  const record = recordForCopy(existing, all, {
    pack: packaged.pack,
    digest: packaged.digest,
    source: { kind: 'bundled', file: packaged.bundled.file },
    now: new Date(),
    enabledIfNew: packaged.bundled.enabledByDefault,
  });
  await storeCopy(record, packaged.pack);
  return record;
}

/** The `cache` store's key of the extension version the bundled packs were last installed for. */
export const BUNDLED_MARKER = 'bundled-version';

/**
 * Brings the bundled packs in the store up to this version of the extension. Cheap when nothing
 * changed (one read of a marker and the records, or none when the caller read them already:
 * `stored`); returns whether anything was stored.
 */
export async function installBundledPacks(stored?: {
  marker: CacheRecord | undefined;
  records: PackRecord[];
}): Promise<boolean> {
  const version = browser.runtime.getManifest().version;
  const marker = stored ? stored.marker : await readCache(BUNDLED_MARKER);
  const records = stored ? stored.records : (await readRecords()).records;
  const have = new Set(records.map((r) => r.id));
  if (marker?.version === version && records.length > 0) return false;
  let changed = false;
  const all = [...records];
  for (const bundled of BUNDLED_PACKS) {
    const packaged = await readPackagedPack(bundled);
    const existing = all.find((r) => r.id === packaged.pack.id);
    if (existing && existing.source.kind !== 'bundled') continue; // the reader's own copy wins
    if (existing?.digest === packaged.digest && have.has(existing.id)) continue;
    const record = await storePackaged(packaged, existing, all);
    const at = existing ? all.indexOf(existing) : -1;
    if (at >= 0) all[at] = record;
    else all.push(record);
    changed = true;
  }
  await writeCache({ key: BUNDLED_MARKER, version });
  return changed;
}
