/**
 * What is kept about a subscription between updates, how one update's outcome changes it, and
 * when the next scheduled check is due (uBlock Origin's model: a fixed interval after a success,
 * a shorter but growing one after failures).
 */
import type { PackProblem } from '../knowledge/problems';
import type { FailureKind, SubscriptionTarget, UpdateOutcome } from './update-machine';

export type UpdateError = { at: string; kind: FailureKind; message: string; problems?: PackProblem[] };

export type SubscriptionState = SubscriptionTarget & {
  /** Last time the server was asked (ISO). */
  lastCheckedAt?: string;
  /** Last time a new copy was stored (ISO). */
  lastUpdatedAt?: string;
  /** Why the last check failed; absent after a success. The stored copy is the previous one. */
  lastError?: UpdateError;
  /** Failed checks in a row. */
  failures: number;
};

export const CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;
export const FIRST_RETRY_MS = 60 * 60 * 1000;

/**
 * The state after an update's outcome. A new copy's validators, pack id and (first) signing key
 * are taken only with `updated` — which the caller applies only once the copy is stored.
 */
export function afterUpdate(state: SubscriptionState, outcome: UpdateOutcome, now: Date): SubscriptionState {
  const at = now.toISOString();
  const { lastError: _previous, ...rest } = state;
  switch (outcome.kind) {
    case 'updated':
      return {
        ...rest,
        validators: outcome.validators,
        packId: outcome.pack.id,
        ...((state.pinnedKey ?? outcome.signedBy) ? { pinnedKey: state.pinnedKey ?? outcome.signedBy } : {}),
        lastCheckedAt: at,
        lastUpdatedAt: at,
        failures: 0,
      };
    case 'not-modified':
      return { ...rest, validators: outcome.validators, lastCheckedAt: at, failures: 0 };
    case 'failed':
      return {
        ...state,
        lastCheckedAt: at,
        lastError: { at, ...outcome.failure },
        failures: state.failures + 1,
      };
  }
}

/** When the next scheduled check is due (ms since the epoch); 0 when never checked. */
export function nextCheckAt(state: SubscriptionState): number {
  if (state.lastCheckedAt === undefined) return 0;
  const last = Date.parse(state.lastCheckedAt);
  if (Number.isNaN(last)) return 0;
  if (state.failures === 0) return last + CHECK_INTERVAL_MS;
  const backoff = FIRST_RETRY_MS * 2 ** Math.min(state.failures - 1, 10);
  return last + Math.min(backoff, CHECK_INTERVAL_MS);
}

export function isDue(state: SubscriptionState, now: Date): boolean {
  return nextCheckAt(state) <= now.getTime();
}
