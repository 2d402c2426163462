/**
 * What the options page shows for each pack in the reader's list (one `PackSummary` per pack),
 * and what the popup shows about deadlines across packs.
 */
import type { YieldedAlias } from '../knowledge/merge';
import { qualify, resolveRef } from '../knowledge/refs';
import type { Deadline } from '../knowledge/schema';
import { missingDependencies, type PackCounts, type PackRecord } from './catalog';
import { nextCheckAt, type UpdateError } from './subscription';

export type PackSummary = {
  id: string;
  title: string;
  version?: string;
  asOf: string;
  counts: PackCounts;
  enabled: boolean;
  source: 'bundled' | 'file' | 'url';
  /** The subscription's URL, or the file's name. */
  location?: string;
  /** When the stored copy was stored, and for a subscription when it was last checked / is next due (ISO). */
  storedAt: string;
  lastCheckedAt?: string;
  /** For a subscription: when the last new copy arrived (equal to `lastCheckedAt` right after one). */
  lastUpdatedAt?: string;
  nextCheckAt?: string;
  lastError?: UpdateError;
  /** Fingerprint of the key that signed the stored copy (and that updates must be signed with). */
  signer?: string;
  /** Aliases this pack gives up to packs higher in the list. */
  yielded: YieldedAlias[];
  /** Dependencies not installed or switched off. */
  missingDependencies: string[];
  /** A reader copy standing in for a bundled pack: removing it brings the bundled copy back. */
  replacesBundled: boolean;
};

export function summarize(
  ordered: readonly PackRecord[],
  yielded: readonly YieldedAlias[],
  fingerprints: ReadonlyMap<string, string>,
): PackSummary[] {
  const missing = missingDependencies(ordered);
  return ordered.map((record) => {
    const { source } = record;
    const subscription = source.kind === 'url' ? source.subscription : undefined;
    const key = subscription?.pinnedKey ?? record.signedBy;
    const summary: PackSummary = {
      id: record.id,
      title: record.title,
      asOf: record.asOf,
      counts: record.counts,
      enabled: record.enabled,
      source: source.kind,
      storedAt: record.storedAt,
      yielded: yielded.filter((y) => y.entity.startsWith(`${record.id}/`)),
      missingDependencies: missing.get(record.id) ?? [],
      replacesBundled: record.replacesBundled !== undefined,
    };
    if (record.version !== undefined) summary.version = record.version;
    if (source.kind === 'url') summary.location = source.subscription.url;
    if (source.kind === 'file') summary.location = source.fileName;
    if (subscription?.lastCheckedAt) summary.lastCheckedAt = subscription.lastCheckedAt;
    if (subscription?.lastUpdatedAt) summary.lastUpdatedAt = subscription.lastUpdatedAt;
    if (subscription) summary.nextCheckAt = new Date(nextCheckAt(subscription)).toISOString();
    if (subscription?.lastError) summary.lastError = subscription.lastError;
    if (key !== undefined) summary.signer = fingerprints.get(key) ?? key;
    return summary;
  });
}

/** A deadline of an enabled pack, its references qualified, with what the popup says about its pack. */
export type PackDeadline = {
  deadline: Deadline;
  pack: { id: string; title: string; asOf: string; subscribed: boolean };
};

/** Every enabled pack's deadlines, ids and entity references qualified (unknown references dropped). */
export function packDeadlines(
  enabled: readonly PackRecord[],
  exists: (id: string) => boolean,
): PackDeadline[] {
  return enabled.flatMap((record) =>
    record.deadlines.map((deadline) => ({
      deadline: {
        ...deadline,
        id: qualify(record.id, deadline.id),
        entities: deadline.entities.flatMap((ref) => {
          const target = resolveRef(record.id, ref);
          const id = target && qualify(target.pack, target.entity);
          return id !== undefined && exists(id) ? [id] : [];
        }),
      },
      pack: {
        id: record.id,
        title: record.title,
        asOf: record.asOf,
        subscribed: record.source.kind === 'url',
      },
    })),
  );
}

/**
 * Whether a deadline's day has passed (`today`, ISO) and its pack holds nothing from that day
 * on: the pack cannot say what happened, and the popup says so.
 */
export function passedWithoutNews(deadline: Deadline, today: string): boolean {
  if (deadline.status === 'resolved' || deadline.due >= today) return false;
  return deadline.timeline.every((entry) => entry.date < deadline.due);
}
