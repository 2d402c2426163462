/**
 * Subscriptions: subscribing to a pack by URL, and checking subscribed packs for updates (now, or
 * when the alarm finds them due). Requests go through network.ts, only to a subscription's own
 * origin and only once the reader granted it. An update that fails — unreachable, invalid,
 * tampered, signed by another key, not storable — keeps the stored copy and records why
 * (subscription state, shown on the options page).
 */
import browser from 'webextension-polyfill';
import { inReaderOrder, type PackRecord } from '../../../src/packs/catalog';
import { runUpdate } from '../../../src/packs/run-update';
import { afterUpdate, isDue, type SubscriptionState } from '../../../src/packs/subscription';
import type { UpdateOutcome } from '../../../src/packs/update-machine';
import { subscriptionOrigin } from '../../../src/packs/urls';
import { knowledgeChanged } from './changes';
import { sha256Hex } from './digest';
import { PackChangeError, storeReaderCopy } from './manage';
import { notAllowedMessage, originGranted, subscriptionFetch } from './network';
import { putRecords, readRecords } from './pack-store';
import { UPDATE_ALARM } from './schedule';

type Subscribed = PackRecord & { source: { kind: 'url'; subscription: SubscriptionState } };

function deps() {
  return { fetch: subscriptionFetch, subtle: crypto.subtle };
}

/** Subscribes: fetches the first copy (signed by `publisherKey`, when given) and stores it. */
export async function subscribe(url: string, publisherKey?: string): Promise<void> {
  if (subscriptionOrigin(url) === undefined) {
    throw new PackChangeError('a subscription needs an https address (or http on this computer, 127.0.0.1)');
  }
  if (!(await originGranted(url))) throw new PackChangeError(`${notAllowedMessage(url)}; nothing changed.`);
  const state: SubscriptionState = { url, validators: {}, failures: 0 };
  if (publisherKey !== undefined) state.pinnedKey = publisherKey;
  const outcome = await runUpdate(state, deps());
  if (outcome.kind !== 'updated') {
    const failure = outcome.kind === 'failed' ? outcome.failure : { message: 'the server sent no pack' };
    throw new PackChangeError(
      `${failure.message}; nothing changed.`,
      'problems' in failure ? (failure.problems ?? []) : [],
    );
  }
  const subscription = afterUpdate(state, outcome, new Date());
  await storeReaderCopy(outcome.pack, outcome.bytes, { kind: 'url', subscription }, outcome.signedBy);
}

/** The outcome of asking the server, with an unchanged copy counted as not modified. */
async function fetchOutcome(record: Subscribed, state: SubscriptionState): Promise<UpdateOutcome> {
  if (!(await originGranted(state.url))) {
    return { kind: 'failed', failure: { kind: 'permission', message: notAllowedMessage(state.url) } };
  }
  const outcome = await runUpdate(state, deps());
  if (outcome.kind === 'updated' && (await sha256Hex(outcome.bytes)) === record.digest) {
    return { kind: 'not-modified', validators: outcome.validators };
  }
  return outcome;
}

/** One subscription's check: stores a new copy when there is one; records the outcome either way. */
async function checkOne(record: Subscribed): Promise<boolean> {
  const state = { ...record.source.subscription, packId: record.id };
  let outcome = await fetchOutcome(record, state);
  if (outcome.kind === 'updated') {
    const subscription = afterUpdate(state, outcome, new Date());
    try {
      await storeReaderCopy(outcome.pack, outcome.bytes, { kind: 'url', subscription }, outcome.signedBy);
      return true;
    } catch (error) {
      const message = `could not store the new copy (${(error as Error).message})`;
      outcome = { kind: 'failed', failure: { kind: 'storage', message } };
    }
  }
  const subscription = afterUpdate(state, outcome, new Date());
  await putRecords([{ ...record, source: { kind: 'url', subscription } }]);
  return false;
}

/** Checks the subscriptions named (all when `ids` is undefined), or only those due. */
export async function checkUpdates(
  options: { ids?: readonly string[]; onlyDue?: boolean } = {},
): Promise<void> {
  const now = new Date();
  const due = inReaderOrder((await readRecords()).records).filter(
    (r): r is Subscribed =>
      r.source.kind === 'url' &&
      (options.ids === undefined || options.ids.includes(r.id)) &&
      (!options.onlyDue || isDue(r.source.subscription, now)),
  );
  let stored = false;
  for (const record of due) stored = (await checkOne(record)) || stored;
  // A stored copy announced itself; otherwise only what the options page shows changed.
  if (due.length > 0 && !stored) await knowledgeChanged();
}

export function registerPackUpdates(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== UPDATE_ALARM) return;
    checkUpdates({ onlyDue: true }).catch((error: unknown) =>
      console.warn('[Backstory] pack update check failed:', error),
    );
  });
}
