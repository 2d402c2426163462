/**
 * After any change to the packs: forget the built knowledge and tell every context — content
 * scripts read their page again (the names they highlight may have changed), the popup and the
 * options page ask for the list again — and keep the update alarm only while a subscription exists.
 */
import { broadcast } from '../broadcast';
import { invalidateKnowledge } from './knowledge';
import { scheduleUpdates } from './schedule';

export async function knowledgeChanged(): Promise<void> {
  invalidateKnowledge();
  await broadcast({ type: 'knowledge-changed' });
  await scheduleUpdates().catch((error: unknown) =>
    console.warn('[Backstory] could not schedule pack updates:', error),
  );
}
