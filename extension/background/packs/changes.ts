/**
 * After any change to the packs: forget the built knowledge and tell every context — the popup and
 * the options page hear `knowledge-changed` and ask for the list again; content scripts hear
 * `settings-changed`, which makes them ask again and read their page afresh (the names they
 * highlight may have changed; one message type keeps the page's script small) — and keep the
 * update alarm only while a subscription exists. A card already fetched on a page keeps its
 * facts until the page is reloaded.
 */
import { broadcast } from '../broadcast';
import { invalidateKnowledge } from './knowledge';
import { scheduleUpdates } from './schedule';

export async function knowledgeChanged(): Promise<void> {
  invalidateKnowledge();
  await broadcast({ type: 'knowledge-changed' }, { type: 'settings-changed' });
  await scheduleUpdates().catch((error: unknown) =>
    console.warn('[Backstory] could not schedule pack updates:', error),
  );
}
