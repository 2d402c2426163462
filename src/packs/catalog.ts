/**
 * The reader's list of packs: what is kept about each (a `PackRecord`, stored by the background's
 * pack store), the list's order, and the changes the options page asks for — pure functions over
 * records, so the rules (a reader's switch and position survive every update; a new pack goes to
 * the bottom) are tested without a browser.
 */
import type { Deadline, Pack } from '../knowledge/schema';
import type { SubscriptionState } from './subscription';

/** Where a pack came from: shipped with the extension, a file the reader chose, or a subscription. */
export type PackSource =
  | { kind: 'bundled'; file: string }
  | { kind: 'file'; fileName: string }
  | { kind: 'url'; subscription: SubscriptionState };

export type PackCounts = { entities: number; facts: number; deadlines: number };

export type PackRecord = {
  id: string;
  title: string;
  version?: string;
  asOf: string;
  dependencies: string[];
  counts: PackCounts;
  /** The pack's deadlines as written (references resolved when read, see merge.ts). */
  deadlines: Deadline[];
  source: PackSource;
  /** The reader's switch. */
  enabled: boolean;
  /** Place in the reader's list (0 = top, wins shared names). */
  position: number;
  /** SHA-256 (hex) of the stored copy's bytes. */
  digest: string;
  /** When the stored copy was stored (ISO). */
  storedAt: string;
  /** The verified signing key (base64) of the stored copy, when it came with a signature. */
  signedBy?: string;
  /** Set when a reader copy replaced a bundled pack of the same id: removing it restores this file. */
  replacesBundled?: string;
};

/** A pack shipped with the extension and whether it is on for a new reader. */
export type BundledPack = { file: string; enabledByDefault: boolean };

export const BUNDLED_PACKS: readonly BundledPack[] = [
  { file: 'knowledge.json', enabledByDefault: true },
  { file: 'packs/chip-controls.json', enabledByDefault: false },
];

export function countsOf(pack: Pack): PackCounts {
  return {
    entities: pack.entities.length,
    facts: pack.entities.reduce((sum, entity) => sum + entity.facts.length, 0),
    deadlines: pack.deadlines.length,
  };
}

/** The records in the reader's order (position, then id for a stable tie-break). */
export function inReaderOrder(records: readonly PackRecord[]): PackRecord[] {
  return [...records].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Positions 0..n-1 in the given order (records whose position changed are returned changed). */
function renumbered(ordered: readonly PackRecord[]): PackRecord[] {
  return ordered.map((record, position) => (record.position === position ? record : { ...record, position }));
}

/** The list with pack `id` moved to `toIndex` (clamped); unchanged when there is no such pack. */
export function movePack(records: readonly PackRecord[], id: string, toIndex: number): PackRecord[] {
  const ordered = inReaderOrder(records);
  const from = ordered.findIndex((r) => r.id === id);
  if (from === -1) return ordered;
  const [moving] = ordered.splice(from, 1);
  const to = Math.max(0, Math.min(ordered.length, Math.trunc(toIndex)));
  ordered.splice(to, 0, moving as PackRecord);
  return renumbered(ordered);
}

export type NewCopy = {
  pack: Pack;
  digest: string;
  source: PackSource;
  now: Date;
  signedBy?: string;
  /** For a pack new to the list: on or off. */
  enabledIfNew: boolean;
};

/**
 * The record for a newly stored copy of a pack. An existing record of the same id keeps the
 * reader's switch and position; a new one goes to the bottom of the list.
 */
export function recordForCopy(
  existing: PackRecord | undefined,
  all: readonly PackRecord[],
  copy: NewCopy,
): PackRecord {
  const { pack } = copy;
  const bottom = all.reduce((max, r) => Math.max(max, r.position + 1), 0);
  const record: PackRecord = {
    id: pack.id,
    title: pack.title,
    asOf: pack.asOf,
    dependencies: pack.dependencies ?? [],
    counts: countsOf(pack),
    deadlines: pack.deadlines,
    source: copy.source,
    enabled: existing?.enabled ?? copy.enabledIfNew,
    position: existing?.position ?? bottom,
    digest: copy.digest,
    storedAt: copy.now.toISOString(),
  };
  if (pack.version !== undefined) record.version = pack.version;
  if (copy.signedBy !== undefined) record.signedBy = copy.signedBy;
  const bundledFile = existing?.source.kind === 'bundled' ? existing.source.file : existing?.replacesBundled;
  if (copy.source.kind !== 'bundled' && bundledFile !== undefined) record.replacesBundled = bundledFile;
  return record;
}

/** Why a pack may not be added over an existing record of the same id, or undefined when it may. */
export function replaceRefusal(existing: PackRecord | undefined, incoming: PackSource): string | undefined {
  if (existing === undefined || existing.source.kind === 'bundled') return undefined;
  if (
    incoming.kind === 'url' &&
    existing.source.kind === 'url' &&
    incoming.subscription.url === existing.source.subscription.url
  )
    return undefined;
  const from =
    existing.source.kind === 'url'
      ? existing.source.subscription.url
      : `the file ${existing.source.fileName}`;
  return `a pack with the id "${existing.id}" is already in your list (from ${from}); remove it first`;
}

/** Dependencies of enabled packs that are not installed and on. */
export function missingDependencies(records: readonly PackRecord[]): Map<string, string[]> {
  const on = new Set(records.filter((r) => r.enabled).map((r) => r.id));
  const missing = new Map<string, string[]>();
  for (const record of records) {
    if (!record.enabled) continue;
    const absent = record.dependencies.filter((id) => !on.has(id));
    if (absent.length > 0) missing.set(record.id, absent);
  }
  return missing;
}

const SOURCE_KINDS = new Set(['bundled', 'file', 'url']);

/** A shape check of a record read back from storage (enough for the code that reads it). */
export function isPackRecord(value: unknown): value is PackRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  const source = r.source as Record<string, unknown> | undefined;
  const counts = r.counts as Record<string, unknown> | undefined;
  return (
    typeof r.id === 'string' &&
    typeof r.title === 'string' &&
    typeof r.asOf === 'string' &&
    typeof r.enabled === 'boolean' &&
    typeof r.position === 'number' &&
    Number.isFinite(r.position) &&
    typeof r.digest === 'string' &&
    typeof r.storedAt === 'string' &&
    Array.isArray(r.dependencies) &&
    Array.isArray(r.deadlines) &&
    typeof counts?.entities === 'number' &&
    typeof source === 'object' &&
    source !== null &&
    SOURCE_KINDS.has(source.kind as string) &&
    (source.kind !== 'url' || typeof (source.subscription as { url?: unknown })?.url === 'string')
  );
}
