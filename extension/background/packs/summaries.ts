/** The options page's list of packs (PackSummary), with signing-key fingerprints. */
import { keyFingerprint } from '../../../src/packs/signature';
import { type PackSummary, summarize } from '../../../src/packs/summary';
import { knowledge } from './knowledge';

export type PacksState = { packs: PackSummary[]; damaged: string[]; storageError?: string };

export async function packsState(): Promise<PacksState> {
  const k = await knowledge();
  const keys = new Set(
    k.all.flatMap((r) => [r.signedBy, r.source.kind === 'url' ? r.source.subscription.pinnedKey : undefined]),
  );
  const fingerprints = new Map<string, string>();
  for (const key of keys)
    if (key !== undefined) fingerprints.set(key, await keyFingerprint(crypto.subtle, key));
  const state: PacksState = { packs: summarize(k.all, k.yielded, fingerprints), damaged: k.damaged };
  if (k.storageError !== undefined) state.storageError = k.storageError;
  return state;
}
